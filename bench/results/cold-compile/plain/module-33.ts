import { value34 } from "./module-34.js";
export interface Record33 { id: number; name: string; tags: string[]; created: Date }
export const value33: number = value34 + 1;
