import { value60 } from "./module-60.js";
export interface Record59 { id: number; name: string; tags: string[]; created: Date }
export const value59: number = value60 + 1;
