import { value15 } from "./module-15.js";
export interface Record14 { id: number; name: string; tags: string[]; created: Date }
export const value14: number = value15 + 1;
