import { value58 } from "./module-58.js";
export interface Record57 { id: number; name: string; tags: string[]; created: Date }
export const value57: number = value58 + 1;
