/** How figures read in the tables: a dash for what was not measured. */
const missing = "-";

export const formatMs = (value: number): string => (Number.isFinite(value) ? value.toFixed(value < 100 ? 1 : 0) : missing);

export const formatCount = (value: number): string => (Number.isFinite(value) ? String(Math.round(value * 10) / 10) : missing);

export const formatRatio = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(2)}x` : missing);

export const formatShare = (value: number): string => (Number.isFinite(value) ? `${Math.round(value * 1000) / 10}%` : missing);

export const formatPass = (passed: number, total: number): string => `${passed}/${total}`;
