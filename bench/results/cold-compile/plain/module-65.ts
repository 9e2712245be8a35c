import { value66 } from "./module-66.js";
export interface Record65 { id: number; name: string; tags: string[]; created: Date }
export const value65: number = value66 + 1;
