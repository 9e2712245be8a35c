import { value94 } from "./module-94.js";
export interface Record93 { id: number; name: string; tags: string[]; created: Date }
export const value93: number = value94 + 1;
