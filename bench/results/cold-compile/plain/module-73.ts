import { value74 } from "./module-74.js";
export interface Record73 { id: number; name: string; tags: string[]; created: Date }
export const value73: number = value74 + 1;
