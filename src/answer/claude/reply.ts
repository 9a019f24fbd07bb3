/**
 * A finished Claude reply, judged and turned into an Answer: a refusal or an empty reply is a
 * failure; a figure the documents do not hold fails the number guard; no citation at all means
 * the documents do not cover the question (abstain); citations none of which can be found fail.
 */
import type { Message } from "@anthropic-ai/sdk/resources/messages";
import type { Knowledge } from "../../knowledge/load.ts";
import type { Language } from "../../knowledge/schema.ts";
import type { NumberGuard } from "../shared/number-guard.ts";
import { abstainMessage } from "../shared/phrases.ts";
import type { Answer, Usage } from "../types.ts";
import { mapCitations } from "./citations.ts";
import type { ClaudeDocuments } from "./documents.ts";
import { type ClaudeFailure, failure } from "./failure.ts";
import { finishedSentences, fitAnswerLength } from "./text.ts";

export type ClaudeOutcome =
  | { readonly ok: true; readonly answer: Answer }
  | { readonly ok: false; readonly failure: ClaudeFailure };

export interface ReplyContext {
  readonly knowledge: Knowledge;
  readonly documents: ClaudeDocuments;
  readonly guard: NumberGuard;
  readonly language: Language;
  readonly requestId: string | undefined;
}

export function judgeReply(message: Message, context: ReplyContext): ClaudeOutcome {
  const { knowledge, guard, language } = context;
  const extra = context.requestId ? { requestId: context.requestId } : {};
  const fail = (reason: Parameters<typeof failure>[0], detail: string): ClaudeOutcome => ({
    ok: false,
    failure: failure(reason, detail, extra),
  });

  if (message.stop_reason === "refusal") return fail("refusal", "Claude declined to answer");
  const written = message.content
    .flatMap((block) => (block.type === "text" ? [block.text] : []))
    .join("");
  // Cut short by max_tokens: keep the finished sentences only.
  const complete = message.stop_reason === "max_tokens" ? finishedSentences(written) : written;
  const text = fitAnswerLength(complete);
  if (text === "") return fail("empty-reply", "the reply had no text");

  const unknown = guard.unknownFigures(text);
  if (unknown.length > 0) {
    return fail("number-guard", `figures not in the documents: ${unknown.join(", ")}`);
  }

  const usage = usageOf(message);
  const mapped = mapCitations(message.content, knowledge, context.documents);
  if (mapped.cited === 0) {
    // No passage supports the reply: the documents do not cover the question.
    const answer: Answer = {
      mode: "claude",
      language,
      abstained: true,
      text: abstainMessage(knowledge.manifest, language, "off-topic"),
      citations: [],
      sources: [],
      usage,
    };
    return { ok: true, answer };
  }
  if (mapped.citations.length === 0 && mapped.factSheetCited === 0) {
    return fail("unverifiable-citations", `${mapped.unverifiable} citations not in the article`);
  }
  const answer: Answer = {
    mode: "claude",
    language,
    abstained: false,
    text,
    citations: mapped.citations,
    sources: mapped.sources,
    usage,
  };
  return { ok: true, answer };
}

function usageOf(message: Message): Usage {
  const { usage } = message;
  return {
    inputTokens: usage.input_tokens,
    outputTokens: usage.output_tokens,
    cacheCreationInputTokens: usage.cache_creation_input_tokens ?? 0,
    cacheReadInputTokens: usage.cache_read_input_tokens ?? 0,
  };
}
