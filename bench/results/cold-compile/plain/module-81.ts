import { value82 } from "./module-82.js";
export interface Record81 { id: number; name: string; tags: string[]; created: Date }
export const value81: number = value82 + 1;
