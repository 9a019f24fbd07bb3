import { afterEach, describe, expect, it } from "vitest";
import { phrases } from "../src/answer/shared/phrases.ts";
import { citeDocument, type RecordedRequest } from "./fakes/anthropic-server.ts";
import { type ClaudeHarness, startClaudeHarness } from "./helpers/claude-harness.ts";

let harness: ClaudeHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const QUOTE = "엔비디아는 AI 칩 사용 협력을 전제로 최대 100억 달러를 약속했습니다";

/** A correct, cited Claude reply, after a delay. */
function slowReply(delayMs: number) {
  return (request: RecordedRequest) => ({
    type: "message" as const,
    delayMs,
    blocks: [
      { text: "NVIDIA promised up to $10 billion.", citations: [citeDocument(request, 0, QUOTE)] },
    ],
  });
}

describe("limits that protect the Claude bill", () => {
  it("a user over the per-minute limit gets the deterministic answer with a notice", async () => {
    harness = await startClaudeHarness({ USER_QUESTIONS_PER_MINUTE: "2" });
    harness.fake.setHandler(slowReply(0));
    const ask = (askerId: string) =>
      harness?.runtime.answerer.answer("How much is NVIDIA investing?", [], { askerId });
    const [first, second, third] = [await ask("ana"), await ask("ana"), await ask("ana")];
    expect(first?.mode).toBe("claude");
    expect(second?.mode).toBe("claude");
    expect(third).toMatchObject({
      mode: "fallback",
      abstained: false,
      notice: phrases.en.claudeRateLimited,
    });
    expect(third?.text).toMatch(/\$10 billion/);
    expect((await ask("ben"))?.mode).toBe("claude");
    expect(harness.fake.requests).toHaveLength(3);
    expect(harness.runtime.answerer.stats()).toMatchObject({
      questions: 4,
      claudeAnswers: 3,
      limited: 1,
    });
  });

  it("never runs more Claude calls at once than the cap; past the queue, answers at once without Claude", async () => {
    harness = await startClaudeHarness({
      CLAUDE_MAX_CONCURRENCY: "2",
      CLAUDE_QUEUE_SIZE: "1",
      CLAUDE_QUEUE_WAIT_MS: "5000",
    });
    harness.fake.setHandler(slowReply(300));
    const answerer = harness.runtime.answerer;
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        answerer.answer("엔비디아 투자 규모 알려줘", [], { askerId: `user-${index}` }),
      ),
    );
    const claude = answers.filter((answer) => answer.mode === "claude");
    const busy = answers.filter((answer) => answer.notice === phrases.ko.claudeBusy);
    expect(claude).toHaveLength(3);
    expect(busy).toHaveLength(3);
    for (const answer of busy) expect(answer.text).toContain("100억");
    expect(answerer.concurrency().peak).toBe(2);
    expect(answerer.concurrency().active).toBe(0);
    expect(harness.fake.requests).toHaveLength(3);
  });
});
