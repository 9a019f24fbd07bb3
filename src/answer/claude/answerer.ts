/**
 * Claude as an answerer: the documents, the system prompt and the number guard are built once at
 * start-up (they make the cached prefix); each question is one streamed request. A rejected key
 * (401) or a model the API does not know (404) switches Claude off until restart, with one clear
 * log line. stop() cuts every call in flight short (for shutdown). It never throws for an
 * expected failure: it says what went wrong, and answer.ts falls back to the deterministic answer.
 */
import type { Config } from "../../config.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import type { Language } from "../../knowledge/schema.ts";
import type { Logger } from "../../log.ts";
import { createNumberGuard } from "../shared/number-guard.ts";
import type { ConversationTurn } from "../types.ts";
import { createClaudeClient } from "./client.ts";
import { buildClaudeDocuments } from "./documents.ts";
import { failure } from "./failure.ts";
import { systemPrompt } from "./prompt.ts";
import type { ClaudeOutcome } from "./reply.ts";
import { buildClaudeRequest } from "./request.ts";
import { streamAnswer } from "./stream.ts";

export type { ClaudeOutcome } from "./reply.ts";

export interface ClaudeQuestion {
  readonly question: string;
  readonly history: readonly ConversationTurn[];
  readonly language: Language;
  /** Receives the growing text, finished sentences only, each already past the number guard. */
  readonly onText?: (text: string) => void;
}

export interface ClaudeAnswerer {
  readonly model: string;
  ask(question: ClaudeQuestion): Promise<ClaudeOutcome>;
  /** Ends every call in flight at once (each fails as "stopping") and refuses new ones. */
  stop(): void;
}

export interface ClaudeAnswererDependencies {
  readonly knowledge: Knowledge;
  readonly config: Config["anthropic"] & { readonly apiKey: string };
  readonly logger: Logger;
}

export function createClaudeAnswerer({
  knowledge,
  config,
  logger,
}: ClaudeAnswererDependencies): ClaudeAnswerer {
  const log = logger.child({ component: "claude", model: config.model });
  const client = createClaudeClient(config, logger.child({ component: "anthropic-sdk" }));
  const documents = buildClaudeDocuments(knowledge);
  const system = systemPrompt(knowledge.manifest);
  const guard = createNumberGuard([documents.article.text, documents.factSheet.text]);
  // A rejected key or an unknown model does not fix itself: after one, stop calling until restart.
  let disabledBecause: string | undefined;
  const stopping = new AbortController();

  return {
    model: config.model,
    stop: () => stopping.abort(),
    async ask(question) {
      if (disabledBecause !== undefined) {
        return { ok: false, failure: failure("disabled", disabledBecause) };
      }
      if (stopping.signal.aborted) {
        return { ok: false, failure: failure("stopping", "the bot is stopping") };
      }
      const params = buildClaudeRequest({
        model: config.model,
        maxTokens: config.maxTokens,
        system,
        documents,
        question: question.question,
        history: question.history,
        language: question.language,
      });
      const outcome = await streamAnswer({
        client,
        params,
        timeoutMs: config.timeoutMs,
        reply: { knowledge, documents, guard, language: question.language },
        onText: question.onText,
        log,
        stopSignal: stopping.signal,
      });
      if (outcome.ok) {
        const { usage, abstained } = outcome.answer;
        log.info({ usage, abstained }, "Claude answered");
      } else if (outcome.failure.reason === "auth") {
        if (disabledBecause !== undefined) return outcome;
        disabledBecause = "the API key was rejected earlier";
        log.error(
          { status: outcome.failure.status, requestId: outcome.failure.requestId },
          "ANTHROPIC_API_KEY was rejected (401). Claude is off until restart; answers come from the deterministic answerer. Check the key.",
        );
      } else if (outcome.failure.reason === "unknown-model") {
        if (disabledBecause !== undefined) return outcome;
        disabledBecause = `the API has no model ${config.model}`;
        log.error(
          { status: outcome.failure.status, requestId: outcome.failure.requestId },
          `ANTHROPIC_MODEL "${config.model}" does not exist for this API (404 not_found_error). Claude is off until restart; answers come from the deterministic answerer. Set ANTHROPIC_MODEL to a current model id.`,
        );
      } else if (outcome.failure.reason === "stopping") {
        log.info("Claude's answer cut short: the bot is stopping");
      } else {
        const { reason, status, requestId, detail } = outcome.failure;
        log.warn(
          { reason, status, requestId, detail },
          "Claude did not answer; using the deterministic answer",
        );
      }
      return outcome;
    },
  };
}
