import { value41 } from "./module-41.js";
export interface Record40 { id: number; name: string; tags: string[]; created: Date }
export const value40: number = value41 + 1;
