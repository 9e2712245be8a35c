import { value47 } from "./module-47.js";
export interface Record46 { id: number; name: string; tags: string[]; created: Date }
export const value46: number = value47 + 1;
