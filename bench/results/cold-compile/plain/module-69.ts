import { value70 } from "./module-70.js";
export interface Record69 { id: number; name: string; tags: string[]; created: Date }
export const value69: number = value70 + 1;
