import { value35 } from "./module-35.js";
export interface Record34 { id: number; name: string; tags: string[]; created: Date }
export const value34: number = value35 + 1;
