import { value19 } from "./module-19.js";
export interface Record18 { id: number; name: string; tags: string[]; created: Date }
export const value18: number = value19 + 1;
