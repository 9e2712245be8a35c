import { value43 } from "./module-43.js";
export interface Record42 { id: number; name: string; tags: string[]; created: Date }
export const value42: number = value43 + 1;
