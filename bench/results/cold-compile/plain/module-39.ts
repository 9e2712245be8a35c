import { value40 } from "./module-40.js";
export interface Record39 { id: number; name: string; tags: string[]; created: Date }
export const value39: number = value40 + 1;
