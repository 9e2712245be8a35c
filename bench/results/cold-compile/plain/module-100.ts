export interface Record100 { id: number; name: string; tags: string[]; created: Date }
export const value100: number = 0 + 1;
