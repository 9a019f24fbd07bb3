import { afterEach, describe, expect, it } from "vitest";
import { abstainMessage, phrases } from "../src/answer/shared/phrases.ts";
import { foldSpace } from "../src/knowledge/load.ts";
import { citeDocument, type RecordedRequest, streamGate } from "./fakes/anthropic-server.ts";
import {
  type ClaudeHarness,
  failureReasons,
  startClaudeHarness,
} from "./helpers/claude-harness.ts";

let harness: ClaudeHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const NVIDIA_QUOTE = "엔비디아는 AI 칩 사용 협력을 전제로 최대 100억 달러를 약속했습니다";
const NVIDIA_FACT = "NVIDIA committed to invest up to $10 billion in Anthropic.";

describe("a Claude answer", () => {
  it("maps article citations to verbatim quotes with their section, fact sheet citations to sources", async () => {
    harness = await startClaudeHarness();
    const { fake, runtime } = harness;
    fake.enqueue((request: RecordedRequest) => ({
      type: "message",
      blocks: [
        { text: "According to the article, " },
        {
          text: "NVIDIA promised up to $10 billion.",
          citations: [citeDocument(request, 0, NVIDIA_QUOTE)],
        },
        {
          text: " The fact sheet confirms it. ",
          citations: [citeDocument(request, 1, NVIDIA_FACT)],
        },
      ],
      usage: {
        input_tokens: 31,
        output_tokens: 42,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 4321,
      },
    }));
    const previews: string[] = [];
    const answer = await runtime.answerer.answer("How much is NVIDIA investing?", [], {
      onText: (text) => previews.push(text),
    });

    expect(answer).toMatchObject({
      mode: "claude",
      language: "en",
      abstained: false,
      text: "According to the article, NVIDIA promised up to $10 billion. The fact sheet confirms it.",
      usage: {
        inputTokens: 31,
        outputTokens: 42,
        cacheCreationInputTokens: 0,
        cacheReadInputTokens: 4321,
      },
    });
    expect(answer.notice).toBeUndefined();
    expect(answer.citations).toEqual([
      { quote: NVIDIA_QUOTE, section: "앤트로픽 투자, 누가 왜 뛰어들었을까요?" },
    ]);
    for (const citation of answer.citations) {
      expect(foldSpace(runtime.knowledge.article.text)).toContain(foldSpace(citation.quote));
    }
    expect(answer.sources).toEqual([
      {
        title: runtime.knowledge.manifest.sources[0]?.title,
        url: runtime.knowledge.manifest.sources[0]?.url,
      },
    ]);
    // Streamed: growing, finished sentences only, ending with the full text.
    expect(previews.length).toBeGreaterThanOrEqual(2);
    previews.forEach((preview, index) => {
      if (index > 0) expect(preview.startsWith(previews[index - 1] as string)).toBe(true);
    });
    expect(previews.at(-1)).toBe(answer.text);
    // Usage is logged too.
    const logged = harness.logs.find((line) => line.msg === "Claude answered");
    expect(logged?.usage).toEqual(answer.usage);
  });

  it("finds the cited text when the offsets are off, and drops a quote that is not in the article", async () => {
    harness = await startClaudeHarness();
    const { fake, runtime } = harness;
    fake.enqueue((request: RecordedRequest) => {
      const shifted = {
        ...citeDocument(request, 0, NVIDIA_QUOTE),
        start_char_index: 3,
        end_char_index: 40,
      };
      const invented = {
        ...citeDocument(request, 0, NVIDIA_QUOTE),
        cited_text: "엔비디아는 1조 달러를 약속했습니다",
      };
      return {
        type: "message",
        blocks: [{ text: "NVIDIA promised up to $10 billion.", citations: [shifted, invented] }],
      };
    });
    const answer = await runtime.answerer.answer("How much is NVIDIA investing?");
    expect(answer.mode).toBe("claude");
    expect(answer.citations.map((citation) => citation.quote)).toEqual([NVIDIA_QUOTE]);
  });

  it("falls back quietly when no cited passage can be found in the article", async () => {
    harness = await startClaudeHarness();
    const { fake, runtime } = harness;
    fake.enqueue((request: RecordedRequest) => ({
      type: "message",
      blocks: [
        {
          text: "NVIDIA promised up to $10 billion.",
          citations: [
            {
              ...citeDocument(request, 0, NVIDIA_QUOTE),
              cited_text: "not in the article",
              start_char_index: 0,
              end_char_index: 2,
            },
          ],
        },
      ],
    }));
    const answer = await runtime.answerer.answer("How much is NVIDIA investing?");
    expect(answer.mode).toBe("fallback");
    expect(answer.notice).toBeUndefined();
    expect(failureReasons(harness.logs)).toEqual(["unverifiable-citations"]);
  });

  it("abstains, in the user's language, when Claude cites nothing", async () => {
    harness = await startClaudeHarness();
    const { fake, runtime } = harness;
    fake.enqueue({ type: "message", blocks: [{ text: "기사에서 다루지 않는 내용입니다." }] });
    const answer = await runtime.answerer.answer("내일 날씨는 어때요?");
    expect(answer).toMatchObject({
      mode: "claude",
      language: "ko",
      abstained: true,
      text: abstainMessage(runtime.knowledge.manifest, "ko", "off-topic"),
      citations: [],
      sources: [],
    });
    expect(answer.usage?.outputTokens).toBeGreaterThan(0);
  });

  it("uses the deterministic answer when Claude writes a figure the documents do not have", async () => {
    harness = await startClaudeHarness();
    const { fake, runtime } = harness;
    fake.enqueue((request: RecordedRequest) => ({
      type: "message",
      blocks: [
        {
          text: "Together they invest $45 billion in Anthropic.",
          citations: [citeDocument(request, 0, NVIDIA_QUOTE)],
        },
      ],
    }));
    const answer = await runtime.answerer.answer("How much are they investing in total?");
    expect(answer.mode).toBe("fallback");
    expect(answer.usage).toBeUndefined();
    expect(answer.text).not.toContain("$45");
    expect(answer.notice).toBeUndefined();
    expect(failureReasons(harness.logs)).toEqual(["number-guard"]);
    const logged = harness.logs.find((line) => line.reason === "number-guard");
    expect(String(logged?.detail)).toContain("$45 billion");
  });

  it("never streams a sentence with an unchecked figure, and stops the stream there", async () => {
    harness = await startClaudeHarness();
    const { fake, runtime } = harness;
    // The stream goes as far as the sentence with the unknown figure, and then never on: only
    // stopping the stream there (not waiting for its end or the deadline) gives the answer.
    const gate = streamGate();
    gate.releaseUntil("more. More");
    fake.enqueue((request: RecordedRequest) => ({
      type: "message",
      gate,
      blocks: [
        {
          text: `NVIDIA promised up to $10 billion. Microsoft adds $7 billion more. ${"More words. ".repeat(200)}`,
          citations: [citeDocument(request, 0, NVIDIA_QUOTE)],
        },
      ],
    }));
    const previews: string[] = [];
    const answer = await runtime.answerer.answer("How much is NVIDIA investing?", [], {
      onText: (text) => previews.push(text),
    });
    expect(answer.mode).toBe("fallback");
    expect(previews).toEqual(["NVIDIA promised up to $10 billion."]);
    expect(failureReasons(harness.logs)).toEqual(["number-guard"]);
  });

  it("replaces a half-streamed reply with the fallback and its notice when the stream breaks", async () => {
    harness = await startClaudeHarness();
    const { fake, runtime } = harness;
    // Cut only once the client has shown the first sentence (so it really reached the client).
    const gate = streamGate();
    gate.releaseUntil("billion. A");
    fake.enqueue((request: RecordedRequest) => ({
      type: "message",
      gate,
      blocks: [
        {
          text: "NVIDIA promised up to $10 billion. And Microsoft promised more. And more.",
          citations: [citeDocument(request, 0, NVIDIA_QUOTE)],
        },
      ],
      interrupt: { afterEvents: 8, how: "destroy" },
    }));
    const previews: string[] = [];
    const answer = await runtime.answerer.answer("How much is NVIDIA investing?", [], {
      onText: (text) => {
        previews.push(text);
        gate.releaseAll();
      },
    });
    expect(previews.length).toBeGreaterThan(0);
    expect(answer.mode).toBe("fallback");
    expect(answer.notice).toBe(phrases.en.claudeUnavailable);
    expect(answer.text).not.toBe(previews.at(-1));
  });
});
