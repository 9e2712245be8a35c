import { value50 } from "./module-50.js";
export interface Record49 { id: number; name: string; tags: string[]; created: Date }
export const value49: number = value50 + 1;
