/** The days /stats charts, with a count per answer mode (no drawing here, so no canvas). */

export interface DayCounts {
  /** UTC day, YYYY-MM-DD. */
  readonly day: string;
  readonly claude: number;
  readonly fallback: number;
}

/** The days from `first` to `last` (YYYY-MM-DD, UTC), with zeros for the days that had none. */
export function fillDays(
  counts: readonly DayCounts[],
  first: string,
  last: string,
): readonly DayCounts[] {
  const byDay = new Map(counts.map((entry) => [entry.day, entry]));
  const days: DayCounts[] = [];
  for (
    let time = Date.parse(`${first}T00:00:00Z`);
    time <= Date.parse(`${last}T00:00:00Z`);
    time += 86_400_000
  ) {
    const day = new Date(time).toISOString().slice(0, 10);
    days.push(byDay.get(day) ?? { day, claude: 0, fallback: 0 });
  }
  return days;
}
