/** The Claude summary behind /deal, against the fake Anthropic server: when it is used, when not. */
import { afterEach, describe, expect, it } from "vitest";
import { summarize } from "../src/answer/shared/summary.ts";
import { type ClaudeHarness, startClaudeHarness } from "./helpers/claude-harness.ts";
import { citedReply } from "./helpers/claude-replies.ts";

let harness: ClaudeHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("the summary Claude writes for /deal", () => {
  it("replaces the deterministic text only; figures, fact checks and sources stay", async () => {
    harness = await startClaudeHarness();
    harness.fake.enqueue(citedReply("NVIDIA promised up to $10 billion."));
    const summary = await harness.runtime.answerer.summary("en");
    const deterministic = summarize(harness.runtime.knowledge, "en");
    expect(summary).toEqual({
      ...deterministic,
      text: "NVIDIA promised up to $10 billion.",
      textMode: "claude",
    });
  });

  it("is not used when it holds a figure the documents do not (the number guard)", async () => {
    harness = await startClaudeHarness();
    harness.fake.enqueue(citedReply("NVIDIA promised up to $99 billion."));
    const summary = await harness.runtime.answerer.summary("en");
    expect(summary).toEqual(summarize(harness.runtime.knowledge, "en"));
  });

  it("is not used when it cites nothing (the documents do not back it)", async () => {
    harness = await startClaudeHarness();
    harness.fake.enqueue({ type: "message", blocks: [{ text: "A summary out of thin air." }] });
    const summary = await harness.runtime.answerer.summary("ko");
    expect(summary).toEqual(summarize(harness.runtime.knowledge, "ko"));
    expect(summary.textMode).toBe("fallback");
  });

  it("without an API key is the deterministic one, and no request is made", async () => {
    harness = await startClaudeHarness({ ANTHROPIC_API_KEY: "" });
    const summary = await harness.runtime.answerer.summary("en");
    expect(summary).toEqual(summarize(harness.runtime.knowledge, "en"));
    expect(harness.fake.requests).toHaveLength(0);
  });
});
