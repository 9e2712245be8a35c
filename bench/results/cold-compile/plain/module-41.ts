import { value42 } from "./module-42.js";
export interface Record41 { id: number; name: string; tags: string[]; created: Date }
export const value41: number = value42 + 1;
