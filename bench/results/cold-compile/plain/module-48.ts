import { value49 } from "./module-49.js";
export interface Record48 { id: number; name: string; tags: string[]; created: Date }
export const value48: number = value49 + 1;
