import { value86 } from "./module-86.js";
export interface Record85 { id: number; name: string; tags: string[]; created: Date }
export const value85: number = value86 + 1;
