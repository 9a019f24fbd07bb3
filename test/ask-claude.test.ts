import { execFile } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  citeDocument,
  type FakeAnthropicServer,
  type RecordedRequest,
  startFakeAnthropic,
} from "./fakes/anthropic-server.ts";
import { projectRoot } from "./helpers/paths.ts";
import { GUARD_MS } from "./helpers/wait.ts";

const QUOTE = "엔비디아는 AI 칩 사용 협력을 전제로 최대 100억 달러를 약속했습니다";

let fake: FakeAnthropicServer;
beforeAll(async () => {
  fake = await startFakeAnthropic();
});
afterAll(() => fake.close());

async function askLines(questions: readonly string[]): Promise<string> {
  const child = execFile(process.execPath, ["--import", "tsx", "src/cli/ask.ts", "--jsonl"], {
    cwd: projectRoot,
    // Only what the CLI needs: nothing from this machine's environment leaks in.
    env: {
      ANTHROPIC_API_KEY: "sk-ant-test-key",
      ANTHROPIC_BASE_URL: fake.url,
      CLAUDE_TIMEOUT_MS: "20000",
    },
    timeout: GUARD_MS,
  });
  let stdout = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  child.stdin?.end(`${questions.join("\n")}\n`);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(code).toBe(0);
  return stdout;
}

describe("npm run ask -- --jsonl, in claude mode", () => {
  it("prints one JSON object per question, with usage when Claude answered", async () => {
    fake.enqueue(
      (request: RecordedRequest) => ({
        type: "message",
        blocks: [
          {
            text: "NVIDIA promised up to $10 billion.",
            citations: [citeDocument(request, 0, QUOTE)],
          },
        ],
        usage: {
          input_tokens: 12,
          output_tokens: 34,
          cache_creation_input_tokens: 56,
          cache_read_input_tokens: 78,
        },
      }),
      { type: "error", status: 400, errorType: "invalid_request_error" },
    );
    const stdout = await askLines([
      "How much is NVIDIA investing?",
      "마이크로소프트는 얼마를 투자했나요?",
    ]);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    const [claude, fallback] = lines.map((line) => JSON.parse(line));
    expect(claude).toMatchObject({
      question: "How much is NVIDIA investing?",
      mode: "claude",
      language: "en",
      abstained: false,
      answer: "NVIDIA promised up to $10 billion.",
      citations: [{ quote: QUOTE }],
      usage: {
        inputTokens: 12,
        outputTokens: 34,
        cacheCreationInputTokens: 56,
        cacheReadInputTokens: 78,
      },
    });
    // Claude refused the second request (400): the deterministic answer, no usage.
    expect(fallback.mode).toBe("fallback");
    expect(fallback.language).toBe("ko");
    expect(fallback.usage).toBeUndefined();
    expect(fallback.notice).toBeTruthy();
  });
});
