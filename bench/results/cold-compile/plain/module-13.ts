import { value14 } from "./module-14.js";
export interface Record13 { id: number; name: string; tags: string[]; created: Date }
export const value13: number = value14 + 1;
