import { value83 } from "./module-83.js";
export interface Record82 { id: number; name: string; tags: string[]; created: Date }
export const value82: number = value83 + 1;
