import { value33 } from "./module-33.js";
export interface Record32 { id: number; name: string; tags: string[]; created: Date }
export const value32: number = value33 + 1;
