/** Reserved names of generated code; user code must not use the `__nj_` prefix. */
export const generatedNames = {
  run: "__nj_run",
  z: "__nj_z",
  outcome: "__nj_r",
  factory: (index: number) => `__nj_block_${index}`,
  memo: (index: number) => `__nj_d${index}`,
} as const;
