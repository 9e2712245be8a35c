import { value52 } from "./module-52.js";
export interface Record51 { id: number; name: string; tags: string[]; created: Date }
export const value51: number = value52 + 1;
