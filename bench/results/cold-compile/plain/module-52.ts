import { value53 } from "./module-53.js";
export interface Record52 { id: number; name: string; tags: string[]; created: Date }
export const value52: number = value53 + 1;
