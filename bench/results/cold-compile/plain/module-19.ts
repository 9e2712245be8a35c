import { value20 } from "./module-20.js";
export interface Record19 { id: number; name: string; tags: string[]; created: Date }
export const value19: number = value20 + 1;
