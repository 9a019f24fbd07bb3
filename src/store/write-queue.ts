/**
 * Writes wait here, off the answer's path, and go to the database in batches: SQLite right after
 * the current event-loop turn (a commit costs little), PostgreSQL every `batchDelayMs` (one
 * round trip for many rows). When the database fails, the batch stays queued and is tried again
 * with growing pauses; one warning a minute says so; past `maxPending` the oldest writes are
 * dropped and counted. Nothing here ever throws to the caller.
 */
import type { Logger } from "../log.ts";

export interface WriteQueueOptions<T> {
  /** Writes one batch (in one transaction). Throws if the database failed. */
  readonly write: (batch: readonly T[]) => Promise<void>;
  readonly logger: Logger;
  /** Wait this long after the first queued write before writing (0: the next turn). */
  readonly batchDelayMs: number;
  readonly maxBatch: number;
  readonly maxPending: number;
  /** Pauses before retrying a failed batch: doubling from min to max. */
  readonly retryMinMs?: number;
  readonly retryMaxMs?: number;
  /** At most one warning per this many ms while writes fail. */
  readonly warnEveryMs?: number;
  readonly now?: () => number;
}

export interface WriteQueueCounters {
  readonly pending: number;
  readonly written: number;
  readonly dropped: number;
  readonly writeErrors: number;
  readonly failing: boolean;
  readonly lastError: string | undefined;
}

export class WriteQueue<T> {
  private readonly queue: T[] = [];
  private timer: NodeJS.Timeout | undefined;
  private immediate: NodeJS.Immediate | undefined;
  private running: Promise<void> | undefined;
  /** The pause before the next retry, and the one after it (doubling). */
  private retryDelayMs = 0;
  private backoffMs: number;
  private lastWarnAt = Number.NEGATIVE_INFINITY;
  private failuresSinceWarn = 0;
  private closed = false;
  private counters = { written: 0, dropped: 0, writeErrors: 0 };
  private lastError: string | undefined;

  constructor(private readonly options: WriteQueueOptions<T>) {
    this.backoffMs = options.retryMinMs ?? 1_000;
  }

  push(item: T): void {
    if (this.closed) {
      this.counters.dropped++;
      return;
    }
    this.queue.push(item);
    if (this.queue.length > this.options.maxPending) {
      this.queue.shift();
      this.counters.dropped++;
    }
    this.schedule(this.options.batchDelayMs);
  }

  /** Items queued and not yet written, oldest first. */
  pendingItems(): readonly T[] {
    return this.queue;
  }

  counts(): WriteQueueCounters {
    return {
      pending: this.queue.length,
      ...this.counters,
      failing: this.lastError !== undefined,
      lastError: this.lastError,
    };
  }

  /**
   * Writes what is queued now, once (retrying nothing): resolves when done or failed. While the
   * database is down this returns after one failed try; the queue keeps the items.
   */
  async flush(): Promise<void> {
    this.clearTimers();
    while (this.running) await this.running;
    await this.drain();
  }

  /** One last flush; what cannot be written then is dropped (and counted). No pushes after. */
  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
    this.clearTimers();
    if (this.queue.length > 0) {
      this.counters.dropped += this.queue.length;
      this.options.logger.warn(
        { dropped: this.queue.length, err: this.lastError },
        "store closed with unwritten rows; they are lost",
      );
      this.queue.length = 0;
    }
  }

  private schedule(delayMs: number): void {
    if (this.running || this.timer || this.immediate || this.queue.length === 0) return;
    if (this.lastError !== undefined) delayMs = Math.max(delayMs, this.retryDelayMs);
    const run = () => {
      this.timer = undefined;
      this.immediate = undefined;
      void this.drain();
    };
    if (delayMs <= 0) {
      this.immediate = setImmediate(run);
      return;
    }
    this.timer = setTimeout(run, delayMs);
    this.timer.unref();
  }

  private clearTimers(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
    this.timer = undefined;
    this.immediate = undefined;
  }

  /** Writes batches until the queue is empty or a batch fails. */
  private drain(): Promise<void> {
    if (this.running) return this.running;
    if (this.queue.length === 0) return Promise.resolve();
    const running = (async () => {
      // Start on the next tick, so that `running` is set before the loop can end.
      await Promise.resolve();
      try {
        while (this.queue.length > 0) {
          const batch = this.queue.slice(0, this.options.maxBatch);
          try {
            await this.options.write(batch);
          } catch (error) {
            this.failed(error);
            return;
          }
          // Only now leave the queue: a failed batch is tried again, in order.
          this.queue.splice(0, batch.length);
          this.counters.written += batch.length;
          this.recovered();
        }
      } finally {
        this.running = undefined;
      }
    })();
    this.running = running;
    void running.then(() => {
      if (!this.closed) this.schedule(this.options.batchDelayMs);
    });
    return running;
  }

  private failed(error: unknown): void {
    this.counters.writeErrors++;
    this.failuresSinceWarn++;
    this.lastError = error instanceof Error ? error.message : String(error);
    const now = (this.options.now ?? Date.now)();
    if (now - this.lastWarnAt >= (this.options.warnEveryMs ?? 60_000)) {
      this.lastWarnAt = now;
      this.options.logger.warn(
        {
          err: error,
          failures: this.failuresSinceWarn,
          pending: this.queue.length,
          dropped: this.counters.dropped,
        },
        "store writes failing; answers still go out, writes are kept and retried",
      );
      this.failuresSinceWarn = 0;
    }
    // The first retry comes soon; a longer outage is probed less and less often.
    this.retryDelayMs = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, this.options.retryMaxMs ?? 30_000);
  }

  private recovered(): void {
    if (this.lastError === undefined) return;
    this.options.logger.info(
      { dropped: this.counters.dropped, pending: this.queue.length },
      "store writable again",
    );
    this.lastError = undefined;
    this.failuresSinceWarn = 0;
    this.lastWarnAt = Number.NEGATIVE_INFINITY;
    this.backoffMs = this.options.retryMinMs ?? 1_000;
  }
}
