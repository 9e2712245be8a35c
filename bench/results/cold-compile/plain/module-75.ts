import { value76 } from "./module-76.js";
export interface Record75 { id: number; name: string; tags: string[]; created: Date }
export const value75: number = value76 + 1;
