/** Shared pieces of the fault tests: Discord's own failure replies and a watch for stray rejections. */

/** A 429 as Discord sends it for a per-route limit. */
export function rateLimited(retryAfterSeconds: number) {
  return {
    status: 429,
    headers: { "retry-after": String(retryAfterSeconds), "x-ratelimit-scope": "user" },
    json: { message: "You are being rate limited.", retry_after: retryAfterSeconds, global: false },
  };
}

export const SERVER_ERROR = { status: 502, json: { message: "502: Bad Gateway", code: 0 } };

/**
 * Collects unhandled promise rejections while a test file runs (the process must survive them,
 * and there should be none at all).
 */
export function watchUnhandledRejections(): { readonly seen: unknown[]; stop(): void } {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  process.on("unhandledRejection", listener);
  return { seen, stop: () => process.off("unhandledRejection", listener) };
}
