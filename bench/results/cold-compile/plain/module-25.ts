import { value26 } from "./module-26.js";
export interface Record25 { id: number; name: string; tags: string[]; created: Date }
export const value25: number = value26 + 1;
