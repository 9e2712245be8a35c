import { value93 } from "./module-93.js";
export interface Record92 { id: number; name: string; tags: string[]; created: Date }
export const value92: number = value93 + 1;
