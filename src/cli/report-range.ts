/** `--since 7d` / `--since 2026-11-01`: the start of the report's range, before `until`. */

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/**
 * A duration back from `until` ("30m", "24h", "7d", "2w") or a date/time (ISO 8601, UTC unless it
 * says otherwise). Undefined when it is neither.
 */
export function parseSince(text: string, until: Date): Date | undefined {
  const duration = /^(\d+)\s*([mhdw])$/i.exec(text.trim());
  if (duration) {
    const unit = (duration[2] ?? "d").toLowerCase() as keyof typeof UNIT_MS;
    return new Date(until.getTime() - Number(duration[1]) * UNIT_MS[unit]);
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(text.trim())) return undefined;
  const date = new Date(text.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}
