/** Reading what storage or the page hands over: each value checked against a schema, bad ones left out. */
import { z } from 'zod/mini';

/** A plain object (not null, not an array) whose fields are still to be checked. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The values that pass `schema`, as it parses them, in their order; the others are dropped. */
export function parseEach<S extends z.core.$ZodType>(schema: S, values: readonly unknown[]): z.output<S>[] {
  return values.flatMap((value) => {
    const parsed = z.safeParse(schema, value);
    return parsed.success ? [parsed.data] : [];
  });
}
