/**
 * Runs an async action with the latest value it was given, at most once per interval and never
 * twice at the same time; values that arrive in between replace each other. Used to edit a
 * message while an answer streams in, within Discord's edit rate.
 */
export interface LatestThrottle<T> {
  /** Offers a newer value; the action will see it (or a later one) unless settle() comes first. */
  push(value: T): void;
  /** Drops any value not yet acted on and waits for the action in progress, if any. */
  settle(): Promise<void>;
}

/**
 * `firstAfterMs`: the first action waits this long after the throttle is made (0: at once), so
 * work that finishes quickly never acts at all.
 */
export function latestThrottle<T>(
  action: (value: T) => Promise<void>,
  intervalMs: number,
  onError: (error: unknown) => void,
  firstAfterMs = 0,
): LatestThrottle<T> {
  let pending: { value: T } | undefined;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let lastStart =
    firstAfterMs > 0 ? performance.now() + firstAfterMs - intervalMs : Number.NEGATIVE_INFINITY;
  let settled = false;

  const run = () => {
    timer = undefined;
    if (!pending || running || settled) return;
    const { value } = pending;
    pending = undefined;
    lastStart = performance.now();
    running = action(value)
      .catch(onError)
      .finally(() => {
        running = undefined;
        schedule();
      });
  };

  const schedule = () => {
    if (!pending || running || timer || settled) return;
    const wait = lastStart + intervalMs - performance.now();
    if (wait <= 0) run();
    else timer = setTimeout(run, wait);
  };

  return {
    push(value) {
      if (settled) return;
      pending = { value };
      schedule();
    },
    async settle() {
      settled = true;
      pending = undefined;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
