/**
 * Per-key token buckets ("each user may ask N Claude questions a minute, in bursts of up to N").
 * Memory stays bounded: a bucket that has refilled completely carries no information and is
 * dropped, and the number of keys is capped.
 */
export interface TokenBucketOptions {
  /** Tokens a key earns per minute, and the most it can hold. */
  readonly perMinute: number;
  /** Most keys tracked at once; the oldest are forgotten first. */
  readonly maxKeys?: number;
  /** Clock in ms (tests pass a fake one). */
  readonly now?: () => number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly capacity: number;
  private readonly refillPerMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: TokenBucketOptions) {
    this.capacity = Math.max(1, options.perMinute);
    this.refillPerMs = options.perMinute / 60_000;
    this.maxKeys = options.maxKeys ?? 100_000;
    this.now = options.now ?? Date.now;
  }

  /** Takes one token for the key if it has one. */
  tryTake(key: string): boolean {
    const now = this.now();
    const bucket = this.refill(key, now);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Milliseconds until the key has a token again (0 if it has one now). */
  msUntilNext(key: string): number {
    const bucket = this.refill(key, this.now());
    return bucket.tokens >= 1 ? 0 : Math.ceil((1 - bucket.tokens) / this.refillPerMs);
  }

  get size(): number {
    return this.buckets.size;
  }

  private refill(key: string, now: number): Bucket {
    let bucket = this.buckets.get(key);
    if (bucket) {
      bucket.tokens = Math.min(
        this.capacity,
        bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs,
      );
      bucket.updatedAt = now;
      // Move to the end: the Map's order is then least recently used first.
      this.buckets.delete(key);
      this.buckets.set(key, bucket);
    } else {
      bucket = { tokens: this.capacity, updatedAt: now };
      this.buckets.set(key, bucket);
      this.forgetIdle(now);
    }
    return bucket;
  }

  /** Drops buckets that are full again (they say nothing), and the oldest beyond the cap. */
  private forgetIdle(now: number): void {
    if (this.buckets.size <= this.maxKeys) return;
    for (const [key, bucket] of this.buckets) {
      const full = bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs >= this.capacity;
      if (full || this.buckets.size > this.maxKeys) this.buckets.delete(key);
      if (this.buckets.size <= this.maxKeys / 2) break;
    }
  }
}
