/**
 * The handlers running now (a question being answered, a button being handled), so that a
 * shutdown can wait for the last one to send its answer before the client goes away.
 */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();
  private readonly idleWaiters = new Set<() => void>();

  get size(): number {
    return this.running.size;
  }

  /** Counts the work until it settles; returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    const done = () => {
      this.running.delete(work);
      if (this.running.size > 0) return;
      for (const wake of this.idleWaiters) wake();
      this.idleWaiters.clear();
    };
    work.then(done, done);
    return work;
  }

  /** Resolves once nothing is running (at once if nothing is). */
  whenIdle(): Promise<void> {
    if (this.running.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.add(resolve));
  }
}
