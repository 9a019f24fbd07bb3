/**
 * One streamed request under a hard deadline. Finished sentences are passed on as they arrive,
 * each checked by the number guard first (a sentence with a made-up figure stops the stream:
 * that reply will not be used). At the deadline the request is aborted and the race returns,
 * whatever the SDK is doing; the SDK's own retries stay inside the deadline (claude-deadline.ts).
 */
import type { MessageCreateParamsBase } from "@anthropic-ai/sdk/resources/messages";
import type { Logger } from "../../log.ts";
import type { ClaudeClient } from "./client.ts";
import { retryOnlyBeforeDeadline } from "./deadline.ts";
import { classifyError, failure } from "./failure.ts";
import { createPreviewGate } from "./preview.ts";
import { type ClaudeOutcome, judgeReply, type ReplyContext } from "./reply.ts";

export interface StreamRequest {
  readonly client: ClaudeClient;
  readonly params: MessageCreateParamsBase;
  readonly timeoutMs: number;
  readonly reply: Omit<ReplyContext, "requestId">;
  readonly onText: ((text: string) => void) | undefined;
  readonly log: Logger;
  /** Aborted when the bot stops: the request ends at once, as a "stopping" failure. */
  readonly stopSignal?: AbortSignal;
}

export async function streamAnswer(request: StreamRequest): Promise<ClaudeOutcome> {
  const { client, timeoutMs, reply } = request;
  const deadlineAt = Date.now() + timeoutMs;
  const controller = new AbortController();
  let deadlinePassed = false;
  const gate = createPreviewGate(reply.guard);
  let timer: NodeJS.Timeout | undefined;
  let onStop: (() => void) | undefined;

  try {
    const stream = client.messages.stream(request.params, {
      signal: controller.signal,
      middleware: [retryOnlyBeforeDeadline(deadlineAt)],
    });
    stream.on("text", (delta) => {
      if (controller.signal.aborted) return;
      const preview = gate.push(delta);
      // Stop paying for a reply that will not be used.
      if (gate.tripped) controller.abort();
      if (preview === undefined) return;
      try {
        request.onText?.(preview);
      } catch (error) {
        // A failed preview (a Discord edit) must not cost the answer itself.
        request.log.warn({ err: error }, "showing a streamed preview failed");
      }
    });
    // The SDK honours the signal everywhere, but the race makes the deadline hold regardless.
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        deadlinePassed = true;
        controller.abort();
        reject(new Error(`no complete answer within ${timeoutMs} ms`));
      }, timeoutMs);
    });
    const stopped = new Promise<never>((_, reject) => {
      onStop = () => {
        controller.abort();
        reject(new StoppingError());
      };
      if (request.stopSignal?.aborted) onStop();
      else request.stopSignal?.addEventListener("abort", onStop, { once: true });
    });
    const message = await Promise.race([stream.finalMessage(), deadline, stopped]);
    return judgeReply(message, { ...reply, requestId: stream.request_id ?? undefined });
  } catch (error) {
    if (error instanceof StoppingError) {
      return { ok: false, failure: failure("stopping", error.message) };
    }
    if (gate.tripped) {
      const detail = `figures not in the documents: ${gate.tripped.join(", ")}`;
      return { ok: false, failure: failure("number-guard", detail) };
    }
    return { ok: false, failure: classifyError(error, deadlinePassed) };
  } finally {
    clearTimeout(timer);
    if (onStop) request.stopSignal?.removeEventListener("abort", onStop);
    controller.abort();
  }
}

class StoppingError extends Error {
  constructor() {
    super("the bot is stopping");
    this.name = "StoppingError";
  }
}
