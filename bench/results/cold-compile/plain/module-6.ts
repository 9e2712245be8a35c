import { value7 } from "./module-7.js";
export interface Record6 { id: number; name: string; tags: string[]; created: Date }
export const value6: number = value7 + 1;
