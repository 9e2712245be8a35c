import { value5 } from "./module-5.js";
export interface Record4 { id: number; name: string; tags: string[]; created: Date }
export const value4: number = value5 + 1;
