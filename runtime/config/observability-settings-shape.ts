/**
 * The zod checks of the observability settings (observability-options.ts has their types), spread into the
 * strict schema of every settings source. Apart from the types so that the public declarations never import zod.
 */
import { z } from "zod";

const limits = z.strictObject({
  tokens: z.int().positive().optional(),
  requests: z.int().positive().optional(),
  wallTimeMs: z.number().positive().optional(),
});

const path = z.string().min(1);

export const observabilitySettingsShape = {
  record: path.optional(),
  replay: path.optional(),
  cache: z
    .union([
      z.boolean(),
      z.strictObject({
        dir: z.union([path, z.literal(false)]).optional(),
        maxBytes: z.int().positive().optional(),
        memoryEntries: z.int().nonnegative().optional(),
        sampled: z.boolean().optional(),
      }),
    ])
    .optional(),
  budget: z.strictObject({ block: limits.optional(), run: limits.optional() }).optional(),
  prices: z.record(z.string(), z.strictObject({ inputPerMillion: z.number().nonnegative(), outputPerMillion: z.number().nonnegative() })).optional(),
  fallback: z.array(z.union([z.string().min(1), z.strictObject({ model: z.string().min(1), baseURL: z.url().optional(), apiKey: z.string().optional() })])).optional(),
  telemetry: z.boolean().optional(),
};

