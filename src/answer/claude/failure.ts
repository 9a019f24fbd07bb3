/**
 * Why a Claude answer did not happen, in one word for logs and tests, from whatever the SDK threw
 * or the reply held. "Unavailable" failures (the API or the network let us down) earn the user a
 * notice; the others (a refusal, a made-up figure) quietly use the deterministic answer.
 */
import {
  AnthropicError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  OverloadedError,
  RateLimitError,
} from "@anthropic-ai/sdk";
import { NoTimeToRetryError } from "./deadline.ts";

export type ClaudeFailureReason =
  /** Claude was switched off after the key or the model was rejected. */
  | "disabled"
  /** 401: the key is wrong. */
  | "auth"
  /** 404 not_found_error: the API has no such model (ANTHROPIC_MODEL is wrong or retired). */
  | "unknown-model"
  /** The bot is stopping: Claude's answer was cut short so the user still gets one. */
  | "stopping"
  /** 400: the request was refused as malformed. */
  | "bad-request"
  /** Another 4xx (403, 413, …). */
  | "rejected"
  | "rate-limited"
  | "overloaded"
  | "server-error"
  | "connection"
  | "timeout"
  /** The stream stopped half-way, or sent an `error` event. */
  | "stream-error"
  /** The server sent something that is not JSON where JSON belongs. */
  | "malformed-response"
  | "empty-reply"
  | "refusal"
  /** The reply held a figure that is in neither document. */
  | "number-guard"
  /** The reply cited passages, none of which could be found. */
  | "unverifiable-citations"
  | "unexpected";

export interface ClaudeFailure {
  readonly reason: ClaudeFailureReason;
  /** Whether to tell the user that Claude is unavailable. */
  readonly unavailable: boolean;
  readonly status?: number;
  readonly requestId?: string;
  readonly detail: string;
}

const QUIET_REASONS: ReadonlySet<ClaudeFailureReason> = new Set([
  "refusal",
  "number-guard",
  "unverifiable-citations",
]);

export function failure(
  reason: ClaudeFailureReason,
  detail: string,
  extra: { status?: number; requestId?: string } = {},
): ClaudeFailure {
  return { reason, unavailable: !QUIET_REASONS.has(reason), detail, ...extra };
}

/** Classifies an error thrown while asking Claude. `deadlinePassed`: our own deadline fired. */
export function classifyError(error: unknown, deadlinePassed: boolean): ClaudeFailure {
  const detail = error instanceof Error ? error.message : String(error);
  if (deadlinePassed || error instanceof APIUserAbortError) return failure("timeout", detail);
  const retrySkipped = findCause(error, NoTimeToRetryError);
  if (retrySkipped) return failure(retrySkipped.failure, retrySkipped.message);
  if (error instanceof APIError && error.status !== undefined) {
    const extra = {
      status: error.status,
      ...(error.requestID ? { requestId: error.requestID } : {}),
    };
    if (error instanceof AuthenticationError) return failure("auth", detail, extra);
    if (error instanceof BadRequestError) return failure("bad-request", detail, extra);
    if (error instanceof NotFoundError && error.type === "not_found_error") {
      return failure("unknown-model", detail, extra);
    }
    if (error instanceof RateLimitError) return failure("rate-limited", detail, extra);
    if (error instanceof OverloadedError) return failure("overloaded", detail, extra);
    if (error instanceof InternalServerError) return failure("server-error", detail, extra);
    return failure("rejected", detail, extra);
  }
  if (error instanceof APIConnectionTimeoutError) return failure("timeout", detail);
  if (error instanceof APIConnectionError) return failure("connection", detail);
  // An `error` event inside the stream arrives as an APIError without a status.
  if (error instanceof APIError) return failure("stream-error", detail);
  if (findCause(error, SyntaxError)) return failure("malformed-response", detail);
  if (error instanceof AnthropicError) return failure("stream-error", detail);
  return failure("unexpected", detail);
}

function findCause<T>(error: unknown, type: abstract new (...args: never[]) => T): T | undefined {
  const seen = new Set<unknown>();
  let current = error;
  while (current instanceof Object && !seen.has(current)) {
    if (current instanceof type) return current;
    seen.add(current);
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
