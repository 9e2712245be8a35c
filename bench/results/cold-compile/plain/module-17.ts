import { value18 } from "./module-18.js";
export interface Record17 { id: number; name: string; tags: string[]; created: Date }
export const value17: number = value18 + 1;
