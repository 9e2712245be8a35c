import { value68 } from "./module-68.js";
export interface Record67 { id: number; name: string; tags: string[]; created: Date }
export const value67: number = value68 + 1;
