import { value56 } from "./module-56.js";
export interface Record55 { id: number; name: string; tags: string[]; created: Date }
export const value55: number = value56 + 1;
