import { value98 } from "./module-98.js";
export interface Record97 { id: number; name: string; tags: string[]; created: Date }
export const value97: number = value98 + 1;
