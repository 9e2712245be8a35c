import { value51 } from "./module-51.js";
export interface Record50 { id: number; name: string; tags: string[]; created: Date }
export const value50: number = value51 + 1;
