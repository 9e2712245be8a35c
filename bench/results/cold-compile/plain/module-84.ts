import { value85 } from "./module-85.js";
export interface Record84 { id: number; name: string; tags: string[]; created: Date }
export const value84: number = value85 + 1;
