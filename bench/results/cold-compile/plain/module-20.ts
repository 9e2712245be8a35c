import { value21 } from "./module-21.js";
export interface Record20 { id: number; name: string; tags: string[]; created: Date }
export const value20: number = value21 + 1;
