import { value71 } from "./module-71.js";
export interface Record70 { id: number; name: string; tags: string[]; created: Date }
export const value70: number = value71 + 1;
