import { value72 } from "./module-72.js";
export interface Record71 { id: number; name: string; tags: string[]; created: Date }
export const value71: number = value72 + 1;
