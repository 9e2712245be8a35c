import { value46 } from "./module-46.js";
export interface Record45 { id: number; name: string; tags: string[]; created: Date }
export const value45: number = value46 + 1;
