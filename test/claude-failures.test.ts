/**
 * Every way Claude can fail ends in the deterministic answer, with the "unavailable" notice, and
 * with the reason in the log. No timing windows: a hung server or stalled stream never answers,
 * so an answer at all proves the deadline cut it. Each case has its own fake server, so they run
 * concurrently.
 */
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { phrases } from "../src/answer/shared/phrases.ts";
import type { Answer } from "../src/answer/types.ts";
import { silentLogger } from "../src/log.ts";
import { createRuntime } from "../src/runtime.ts";
import {
  citeDocument,
  type FakeReply,
  type RecordedRequest,
  streamGate,
} from "./fakes/anthropic-server.ts";
import {
  type ClaudeHarness,
  failureReasons,
  SHORT_DEADLINE_MS,
  startClaudeHarness,
} from "./helpers/claude-harness.ts";

const QUESTION = "How much is NVIDIA investing?";
/** A deadline short enough to wait for, for the cases that end only at the deadline. */
const SHORT_DEADLINE = { CLAUDE_TIMEOUT_MS: String(SHORT_DEADLINE_MS) };
const NVIDIA_QUOTE = "엔비디아는 AI 칩 사용 협력을 전제로 최대 100억 달러를 약속했습니다";

const goodReply = (request: RecordedRequest): FakeReply => ({
  type: "message",
  blocks: [
    {
      text: "NVIDIA promised up to $10 billion.",
      citations: [citeDocument(request, 0, NVIDIA_QUOTE)],
    },
  ],
});

function answerOf(harness: ClaudeHarness, question = QUESTION): Promise<Answer> {
  return harness.runtime.answerer.answer(question);
}

async function withHarness(
  test: (harness: ClaudeHarness) => Promise<void>,
  environment: NodeJS.ProcessEnv = {},
): Promise<void> {
  const harness = await startClaudeHarness(environment);
  try {
    await test(harness);
  } finally {
    await harness.close();
  }
}

function expectFallback(answer: Answer): void {
  expect(answer.mode).toBe("fallback");
  expect(answer.abstained).toBe(false);
  expect(answer.citations.length).toBeGreaterThan(0);
  expect(answer.notice).toBe(phrases[answer.language].claudeUnavailable);
  expect(answer.usage).toBeUndefined();
}

/** A stream whose headers and first words come, and then nothing more, ever. */
function stalledStream(): Extract<FakeReply, { type: "message" }> {
  const gate = streamGate();
  gate.releaseUntil("NVIDIA");
  return { type: "message", blocks: [{ text: "NVIDIA promised up to $10 billion." }], gate };
}

/** One case: the script for the fake, and the reason the log must give. */
const cases: {
  name: string;
  replies: FakeReply[];
  reason: string;
  /** Requests the fake must have seen (retries included). */
  requests?: number | [number, number];
  /** Extra configuration (a short deadline for the cases only the deadline ends). */
  environment?: NodeJS.ProcessEnv;
}[] = [
  {
    name: "400 bad request (not retried)",
    replies: [{ type: "error", status: 400, errorType: "invalid_request_error" }],
    reason: "bad-request",
    requests: 1,
  },
  {
    name: "429 asking for a wait longer than the deadline (no retry)",
    replies: [
      {
        type: "error",
        status: 429,
        errorType: "rate_limit_error",
        headers: { "retry-after": "30" },
      },
    ],
    reason: "rate-limited",
    requests: 1,
  },
  {
    name: "429 without retry-after (retried while there is time)",
    replies: Array.from(
      { length: 5 },
      () => ({ type: "error", status: 429, errorType: "rate_limit_error" }) as const,
    ),
    reason: "rate-limited",
    requests: [1, 3],
  },
  {
    name: "500 internal error",
    replies: Array.from(
      { length: 5 },
      () => ({ type: "error", status: 500, errorType: "api_error" }) as const,
    ),
    reason: "server-error",
    requests: [1, 3],
  },
  {
    name: "529 overloaded",
    replies: Array.from(
      { length: 5 },
      () => ({ type: "error", status: 529, errorType: "overloaded_error" }) as const,
    ),
    reason: "overloaded",
    requests: [1, 3],
  },
  {
    name: "a server that accepts and never answers",
    replies: [{ type: "hang" }, { type: "hang" }, { type: "hang" }],
    reason: "timeout",
    // On a very busy machine the deadline can pass before the first request is sent.
    requests: [0, 3],
    environment: SHORT_DEADLINE,
  },
  {
    name: "a stream that starts and then stalls past the deadline",
    replies: [stalledStream()],
    reason: "timeout",
    environment: SHORT_DEADLINE,
  },
  {
    name: "malformed JSON in the stream",
    replies: [
      {
        type: "raw",
        headers: { "content-type": "text/event-stream" },
        body: 'event: message_start\ndata: {"type":"message_start","message":{oops\n\n',
      },
    ],
    reason: "malformed-response",
  },
  {
    name: "a JSON body where a stream was asked for",
    replies: [{ type: "raw", body: '{"type":"message","content":[' }],
    reason: "stream-error",
  },
  {
    name: "an empty reply",
    replies: [{ type: "message", blocks: [] }],
    reason: "empty-reply",
  },
  {
    name: "a reply of whitespace",
    replies: [{ type: "message", blocks: [{ text: "  \n " }] }],
    reason: "empty-reply",
  },
];

describe.concurrent("when Claude fails, the deterministic answer, in time", () => {
  for (const failureCase of cases) {
    it(failureCase.name, () =>
      withHarness(async (harness) => {
        harness.fake.enqueue(...failureCase.replies);
        expectFallback(await answerOf(harness));
        expect(failureReasons(harness.logs)).toEqual([failureCase.reason]);
        const seen = harness.fake.requests.length;
        const [least, most] = Array.isArray(failureCase.requests)
          ? failureCase.requests
          : [failureCase.requests ?? 1, failureCase.requests ?? 3];
        expect(seen).toBeGreaterThanOrEqual(least);
        expect(seen).toBeLessThanOrEqual(most);
      }, failureCase.environment),
    );
  }

  for (const [how, name] of [
    ["destroy", "a stream that stops half-way (connection dropped)"],
    ["end", "a stream that ends half-way (no message_stop)"],
    ["error", "an error event inside the stream"],
  ] as const) {
    it(name, () =>
      withHarness(async (harness) => {
        // Cut only once the client has shown the first sentence: it really was streaming.
        const gate = streamGate();
        gate.releaseUntil("billion. A");
        harness.fake.enqueue({
          type: "message",
          blocks: [{ text: "NVIDIA promised up to $10 billion. And more." }],
          gate,
          // message_start, ping, block start, then "NVIDIA promi", "sed up to $1", "0 billion. A"
          interrupt: { afterEvents: 6, how },
        });
        const answer = await harness.runtime.answerer.answer(QUESTION, [], {
          onText: () => gate.releaseAll(),
        });
        expectFallback(answer);
        expect(failureReasons(harness.logs)).toEqual(["stream-error"]);
        expect(harness.fake.requests).toHaveLength(1);
      }),
    );
  }

  it("a stalled stream is cut at the deadline, not earlier", () =>
    withHarness(async (harness) => {
      const reply = stalledStream();
      let streamEnded = false;
      void reply.gate?.finished().then(() => {
        streamEnded = true;
      });
      harness.fake.enqueue(reply);
      const started = Date.now();
      const answer = await harness.runtime.answerer.answer(QUESTION);
      const elapsedMs = Date.now() - started;
      expect(answer.mode).toBe("fallback");
      expect(answer.notice).toBe(phrases.en.claudeUnavailable);
      expect(failureReasons(harness.logs)).toEqual(["timeout"]);
      // The rest never comes, so only the deadline can have ended it, and not before its time.
      expect(streamEnded).toBe(false);
      expect(harness.fake.requests.length).toBeLessThanOrEqual(1);
      expect(elapsedMs).toBeGreaterThanOrEqual(SHORT_DEADLINE_MS - 50);
    }, SHORT_DEADLINE));

  it("a refused connection", async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const address = probe.address();
    const port = typeof address === "object" && address ? address.port : 0;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    await withHarness(
      async (harness) => {
        expectFallback(await answerOf(harness));
        expect(failureReasons(harness.logs)).toEqual(["connection"]);
      },
      { ANTHROPIC_BASE_URL: `http://127.0.0.1:${port}` },
    );
  });

  it("401: one clear configuration error, then no more calls until restart", () =>
    withHarness(async (harness) => {
      harness.fake.enqueue({
        type: "error",
        status: 401,
        errorType: "authentication_error",
        message: "invalid x-api-key",
      });
      expectFallback(await answerOf(harness));
      expectFallback(await answerOf(harness, "마이크로소프트는 얼마를 투자했나요?"));
      expect(harness.fake.requests).toHaveLength(1);
      const errors = harness.logs.filter((line) => line.level >= 50);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.msg).toContain("ANTHROPIC_API_KEY");
      expect(JSON.stringify(harness.logs)).not.toContain("sk-ant-test-key");
    }));

  it("429 with a short retry-after is retried, and the retry's answer is used", () =>
    withHarness(async (harness) => {
      harness.fake.enqueue(
        {
          type: "error",
          status: 429,
          errorType: "rate_limit_error",
          headers: { "retry-after": "1" },
        },
        goodReply,
      );
      const answer = await answerOf(harness);
      expect(answer.mode).toBe("claude");
      expect(harness.fake.requests).toHaveLength(2);
      // The retry waited as long as it was asked to (at least; a busy machine only adds).
      const [first, second] = harness.fake.requests as [RecordedRequest, RecordedRequest];
      expect(second.receivedAt - first.receivedAt).toBeGreaterThanOrEqual(950);
    }));

  it("500 then an answer: retried while the deadline leaves room", () =>
    withHarness(async (harness) => {
      harness.fake.enqueue({ type: "error", status: 500, errorType: "api_error" }, goodReply);
      const answer = await answerOf(harness);
      expect(answer.mode).toBe("claude");
      expect(harness.fake.requests).toHaveLength(2);
    }));

  it("an off-topic question while Claude is down: the abstain, without a notice pointing to a passage", () =>
    withHarness(async (harness) => {
      harness.fake.enqueue({ type: "error", status: 500, errorType: "api_error" });
      const answer = await answerOf(harness, "What is the weather tomorrow?");
      expect(answer.mode).toBe("fallback");
      expect(answer.abstained).toBe(true);
      expect(answer.notice).toBeUndefined();
      expect(failureReasons(harness.logs)).toEqual(["server-error"]);
    }));

  it("a refusal falls back without the unavailable notice", () =>
    withHarness(async (harness) => {
      harness.fake.enqueue({
        type: "message",
        blocks: [{ text: "I can't help with that." }],
        stopReason: "refusal",
      });
      const answer = await answerOf(harness);
      expect(answer.mode).toBe("fallback");
      expect(answer.notice).toBeUndefined();
      expect(failureReasons(harness.logs)).toEqual(["refusal"]);
    }));
});

describe("without an API key", () => {
  it("answers deterministically, with no notice and no request", async () => {
    const runtime = createRuntime({
      environment: { ANTHROPIC_API_KEY: "" },
      logger: silentLogger(),
    });
    expect(runtime.answerer.mode).toBe("fallback");
    const answer = await runtime.answerer.answer(QUESTION);
    expect(answer.mode).toBe("fallback");
    expect(answer.notice).toBeUndefined();
    expect(answer.citations.length).toBeGreaterThan(0);
  });
});
