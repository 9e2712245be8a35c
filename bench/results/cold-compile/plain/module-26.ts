import { value27 } from "./module-27.js";
export interface Record26 { id: number; name: string; tags: string[]; created: Date }
export const value26: number = value27 + 1;
