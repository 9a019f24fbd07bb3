/**
 * Scripted Claude replies for tests: correct, cited answers (so the bot shows them as Claude's),
 * optionally slow, streamed slowly, or cut half-way.
 */
import {
  citeDocument,
  type FakeReply,
  type ReplyFn,
  type StreamGate,
} from "../fakes/anthropic-server.ts";

/** A sentence of the article, verbatim (document 0 of every request). */
export const NVIDIA_QUOTE = "엔비디아는 AI 칩 사용 협력을 전제로 최대 100억 달러를 약속했습니다";
/** A sentence of the fact sheet, verbatim (document 1). */
export const NVIDIA_FACT = "NVIDIA committed to invest up to $10 billion in Anthropic.";

export interface CitedReplyOptions {
  /** Wait before the response headers. */
  readonly delayMs?: number;
  /** Wait between streamed events (each text event carries 12 characters). */
  readonly eventDelayMs?: number;
  readonly interrupt?: Extract<FakeReply, { type: "message" }>["interrupt"];
  /** Send nothing, not even the headers, until this resolves (a slow Claude the test paces). */
  readonly startAfter?: PromiseLike<unknown>;
  /** Stream only what the test releases (see `streamGate`). */
  readonly gate?: StreamGate;
  /** The article passage cited (default: NVIDIA_QUOTE). */
  readonly quote?: string;
}

/** A reply whose whole text cites one article passage, as Claude would answer. */
export function citedReply(text: string, options: CitedReplyOptions = {}): ReplyFn {
  return (request) => ({
    type: "message",
    blocks: [{ text, citations: [citeDocument(request, 0, options.quote ?? NVIDIA_QUOTE)] }],
    ...(options.delayMs ? { delayMs: options.delayMs } : {}),
    ...(options.eventDelayMs ? { eventDelayMs: options.eventDelayMs } : {}),
    ...(options.interrupt ? { interrupt: options.interrupt } : {}),
    ...(options.startAfter ? { startAfter: options.startAfter } : {}),
    ...(options.gate ? { gate: options.gate } : {}),
  });
}

/** Claude overloaded: 529, as the API sends it. */
export const OVERLOADED: FakeReply = {
  type: "error",
  status: 529,
  errorType: "overloaded_error",
  message: "Overloaded",
};
