import { value92 } from "./module-92.js";
export interface Record91 { id: number; name: string; tags: string[]; created: Date }
export const value91: number = value92 + 1;
