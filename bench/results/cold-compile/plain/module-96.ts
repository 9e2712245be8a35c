import { value97 } from "./module-97.js";
export interface Record96 { id: number; name: string; tags: string[]; created: Date }
export const value96: number = value97 + 1;
