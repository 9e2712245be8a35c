import { value84 } from "./module-84.js";
export interface Record83 { id: number; name: string; tags: string[]; created: Date }
export const value83: number = value84 + 1;
