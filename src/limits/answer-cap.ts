/**
 * A cap on answers per user: at most `limit` in any `windowMs` (a sliding window, so "10 a minute"
 * means 10 in any minute, never 20 across a minute's edge). Past it, the first refusal says so
 * (`notify`), later ones stay silent until an answer is allowed again. Memory stays bounded: at
 * most `limit` times per user, users whose window has passed are dropped, and the number of users
 * is capped.
 */
export interface AnswerCapOptions {
  /** Answers one user may get per window. */
  readonly limit: number;
  /** The window, in ms (default a minute). */
  readonly windowMs?: number;
  /** Most users tracked at once (default 100,000); the least recently seen are forgotten first. */
  readonly maxUsers?: number;
  /** Clock in ms (tests pass a fake one). */
  readonly now?: () => number;
}

export type CapVerdict =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      /** The first refusal since this user's last allowed answer: tell them, once. */
      readonly notify: boolean;
      /** Milliseconds until the window lets one more answer through. */
      readonly retryAfterMs: number;
    };

interface UserWindow {
  /** When this user's recent answers were allowed, oldest first (at most `limit`). */
  readonly times: number[];
  noticed: boolean;
}

export class AnswerCap {
  private readonly users = new Map<string, UserWindow>();
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly maxUsers: number;
  private readonly now: () => number;

  constructor(options: AnswerCapOptions) {
    this.limit = Math.max(1, options.limit);
    this.windowMs = options.windowMs ?? 60_000;
    this.maxUsers = options.maxUsers ?? 100_000;
    this.now = options.now ?? Date.now;
  }

  /** Counts one answer for the user if the window has room, else says whether to tell them. */
  take(userId: string): CapVerdict {
    const now = this.now();
    const user = this.windowOf(userId, now);
    while (user.times.length > 0 && (user.times[0] as number) <= now - this.windowMs) {
      user.times.shift();
    }
    if (user.times.length < this.limit) {
      user.times.push(now);
      user.noticed = false;
      return { allowed: true };
    }
    const notify = !user.noticed;
    user.noticed = true;
    return {
      allowed: false,
      notify,
      retryAfterMs: Math.max(0, (user.times[0] as number) + this.windowMs - now),
    };
  }

  /** Users tracked now. */
  get size(): number {
    return this.users.size;
  }

  private windowOf(userId: string, now: number): UserWindow {
    let user = this.users.get(userId);
    if (user) {
      // Move to the end: the Map's order is then least recently seen first.
      this.users.delete(userId);
    } else {
      user = { times: [], noticed: false };
      this.forgetIdle(now);
    }
    this.users.set(userId, user);
    return user;
  }

  /** Drops users whose window has passed (they carry nothing), then the least recently seen. */
  private forgetIdle(now: number): void {
    if (this.users.size < this.maxUsers) return;
    for (const [userId, user] of this.users) {
      const newest = user.times.at(-1) ?? Number.NEGATIVE_INFINITY;
      if (newest <= now - this.windowMs || this.users.size >= this.maxUsers) {
        this.users.delete(userId);
      }
      if (this.users.size <= this.maxUsers / 2) break;
    }
  }
}
