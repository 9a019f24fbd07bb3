/**
 * A reply of the fake Anthropic server shaped like a real grounded one, written from the knowledge
 * (nothing here names the story): three facts in the language the request asks for, each citing
 * the article passage it rests on and its fact sheet statement. The Claude path accepts it, so
 * the answer's mode is "claude". Used by end-to-end tests, the load test and the benchmarks.
 */
import type { Fact, Language } from "../../src/knowledge/schema.ts";
import { citeDocument, type FakeReply, type RecordedRequest } from "./anthropic-server.ts";

export interface GroundedReplyOptions {
  /** Wait before answering, per request (e.g. a fixed or varying model time). */
  readonly delayMs?: (request: RecordedRequest) => number;
}

export function groundedReply(
  facts: readonly Fact[],
  options: GroundedReplyOptions = {},
): (request: RecordedRequest) => FakeReply {
  const cited = facts.filter((fact) => fact.quote !== undefined).slice(0, 3);
  return (request) => {
    const language = requestedLanguage(request);
    const delayMs = options.delayMs?.(request) ?? 0;
    return {
      type: "message",
      ...(delayMs > 0 ? { delayMs } : {}),
      blocks: cited.map((fact) => ({
        text: `${fact.statement[language]} `,
        citations: [
          citeDocument(request, 0, fact.quote as string),
          citeDocument(request, 1, fact.statement[language]),
        ],
      })),
    };
  };
}

/** The language named in the request's last user turn ("Answer in English."). */
function requestedLanguage(request: RecordedRequest): Language {
  const last = (request.body?.messages ?? []).at(-1) as { content?: unknown } | undefined;
  return JSON.stringify(last?.content ?? "").includes("Answer in English.") ? "en" : "ko";
}
