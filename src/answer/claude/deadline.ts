/**
 * Keeps the SDK's retries inside one answer's deadline. The SDK retries 429, 5xx, 529, timeouts
 * and dropped connections on its own, waiting as long as `retry-after` says; a request-scoped
 * middleware sees each attempt's outcome first and turns a retry that could not finish before the
 * deadline into a final failure, so the user gets the fallback at once instead of at the deadline.
 */
import type { Middleware } from "@anthropic-ai/sdk";

/** Shortest time worth starting another attempt with (a short answer streams in about that). */
export const MIN_ATTEMPT_MS = 1_000;

/** Raised instead of a retry the deadline leaves no room for; `failure` says what failed. */
export class NoTimeToRetryError extends Error {
  constructor(
    readonly failure: "connection" | "timeout",
    message: string,
  ) {
    super(`${message} (no time left before the deadline to retry)`);
    this.name = "NoTimeToRetryError";
  }
}

export function retryOnlyBeforeDeadline(
  deadlineAt: number,
  now: () => number = Date.now,
): Middleware {
  let attempt = 0;
  const fits = (waitMs: number) => deadlineAt - now() >= waitMs + MIN_ATTEMPT_MS;
  return async (request, next) => {
    // The SDK backs off 0.5 s, then 1 s, … when the server names no wait.
    const defaultBackoffMs = 500 * 2 ** attempt++;
    let response: Response;
    try {
      response = await next(request);
    } catch (error) {
      const aborted = request.signal?.aborted === true && now() >= deadlineAt;
      if (aborted || fits(defaultBackoffMs)) throw error;
      // A new error without the original as its cause: the SDK does not retry it.
      const timedOut = error instanceof Error && error.name === "AbortError";
      throw new NoTimeToRetryError(
        timedOut ? "timeout" : "connection",
        error instanceof Error ? error.message : String(error),
      );
    }
    if (response.ok || fits(retryAfterMs(response.headers) ?? defaultBackoffMs)) return response;
    const headers = new Headers(response.headers);
    headers.set("x-should-retry", "false");
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  };
}

/** The wait the server asks for (`retry-after-ms`, or `retry-after` in seconds or as a date). */
export function retryAfterMs(headers: Headers): number | undefined {
  const milliseconds = Number.parseFloat(headers.get("retry-after-ms") ?? "");
  if (Number.isFinite(milliseconds)) return milliseconds;
  const value = headers.get("retry-after");
  if (value === null) return undefined;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? date - Date.now() : undefined;
}
