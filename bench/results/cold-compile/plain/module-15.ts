import { value16 } from "./module-16.js";
export interface Record15 { id: number; name: string; tags: string[]; created: Date }
export const value15: number = value16 + 1;
