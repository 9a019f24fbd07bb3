/**
 * A cap on work running at once, with a short queue: at most `limit` holders, at most `queueSize`
 * waiting, each for at most `maxWaitMs`. Past that, acquire() says no at once instead of letting
 * work pile up; the caller then takes its cheaper path.
 */
export interface ConcurrencyGateOptions {
  readonly limit: number;
  readonly queueSize: number;
  readonly maxWaitMs: number;
}

interface Waiter {
  readonly resolve: (release: (() => void) | undefined) => void;
  readonly timer: NodeJS.Timeout;
}

export class ConcurrencyGate {
  private running = 0;
  private peakRunning = 0;
  private readonly queue: Waiter[] = [];

  constructor(private readonly options: ConcurrencyGateOptions) {}

  /** A release function once a place is free, or undefined when the queue is full or the wait too long. */
  acquire(): Promise<(() => void) | undefined> {
    if (this.running < this.options.limit) return Promise.resolve(this.grant());
    if (this.queue.length >= this.options.queueSize) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        resolve,
        timer: setTimeout(() => {
          const index = this.queue.indexOf(waiter);
          if (index !== -1) this.queue.splice(index, 1);
          resolve(undefined);
        }, this.options.maxWaitMs),
      };
      this.queue.push(waiter);
    });
  }

  /** Runs work inside the gate, or returns undefined without running it when there is no place. */
  async run<T>(work: () => Promise<T>): Promise<{ value: T } | undefined> {
    const release = await this.acquire();
    if (!release) return undefined;
    try {
      return { value: await work() };
    } finally {
      release();
    }
  }

  get active(): number {
    return this.running;
  }

  get waiting(): number {
    return this.queue.length;
  }

  /** The most holders there ever were at once. */
  get peak(): number {
    return this.peakRunning;
  }

  private grant(): () => void {
    this.running++;
    this.peakRunning = Math.max(this.peakRunning, this.running);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      const next = this.queue.shift();
      if (next) {
        clearTimeout(next.timer);
        next.resolve(this.grant());
      }
    };
  }
}
