/**
 * npm run eval -- --claude: the labelled questions go through the Claude path (here the fake
 * streaming Messages API, reached through ANTHROPIC_BASE_URL as the real one would be), at most
 * --concurrency at once, and the run ends with a cost line from the usage the API reported.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { groundedReply } from "./fakes/anthropic-grounded.ts";
import { type FakeAnthropicServer, startFakeAnthropic } from "./fakes/anthropic-server.ts";
import { knowledgeDir } from "./helpers/paths.ts";
import { runScript } from "./helpers/run.ts";

const knowledge = loadKnowledge(knowledgeDir);
const rows = [
  { id: "c1", q: "How much did Microsoft commit to invest?", kind: "answer", expect: [] },
  { id: "c2", q: "엔비디아 투자 규모 알려줘", kind: "answer", expect: [] },
  { id: "c3", q: "Why is it called circular investment?", kind: "answer", expect: [] },
  { id: "c4", q: "What does the $30B go to?", kind: "answer", expect: [] },
];

let fake: FakeAnthropicServer | undefined;
let dir: string | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function writeSet(): string {
  dir = mkdtempSync(path.join(tmpdir(), "eval-claude-"));
  const file = path.join(dir, "set.jsonl");
  writeFileSync(file, `${rows.map((row) => JSON.stringify(row)).join("\n")}\n`);
  return file;
}

describe("npm run eval -- --claude", () => {
  it("asks Claude every question, at most --concurrency at once, and ends with the cost", async () => {
    fake = await startFakeAnthropic();
    // A little model time, so unbounded calls would overlap; the bound holds at any speed.
    fake.setHandler(groundedReply(knowledge.facts, { delayMs: () => 150 }));
    const result = await runScript(
      "src/cli/eval.ts",
      ["--claude", "--concurrency", "2", writeSet()],
      {
        env: {
          ANTHROPIC_API_KEY: "sk-ant-test-key",
          ANTHROPIC_BASE_URL: fake.url,
          CLAUDE_TIMEOUT_MS: "60000",
        },
        timeoutMs: 60_000,
      },
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const messages = fake.requests.filter((request) => request.path === "/v1/messages");
    expect(messages).toHaveLength(rows.length);
    expect(fake.peakInFlight).toBeLessThanOrEqual(2);
    expect(result.stdout).toMatch(/set\.jsonl: 4\/4 \(100\.0%\), non-verbatim quotes 0/);
    expect(result.stdout).toContain("answered by Claude 4/4");
    // The fake reports 25 input, 40 output and 4,000 cache-read tokens per answer.
    const cost = result.stdout.trimEnd().split("\n").at(-1) ?? "";
    expect(cost).toContain("tokens: input 100, output 160, cache write 0, cache read 16000");
    // The default model at $0.10 in / $0.50 out: (100 + 0.1 * 16,000) * 0.1 + 160 * 0.5, per million.
    expect(cost).toMatch(/cost: \$0\.000250 \(claude-haiku-5-5, list prices/);
  }, 90_000);

  it("names the flags to use when the model's prices are not known", async () => {
    fake = await startFakeAnthropic();
    fake.setHandler(groundedReply(knowledge.facts));
    const env = {
      ANTHROPIC_API_KEY: "sk-ant-test-key",
      ANTHROPIC_BASE_URL: fake.url,
      ANTHROPIC_MODEL: "claude-someday-9",
      CLAUDE_TIMEOUT_MS: "60000",
    };
    const unknown = await runScript("src/cli/eval.ts", ["--claude", writeSet()], { env });
    expect(unknown.code).toBe(0);
    expect(unknown.stdout).toContain("pass --price-input and --price-output");
    const given = await runScript(
      "src/cli/eval.ts",
      ["--claude", "--price-input", "2", "--price-output", "10", writeSet()],
      { env },
    );
    // (100 + 1,600) * $2 + 160 * $10, per million tokens.
    expect(given.stdout).toMatch(/cost: \$0\.00500 \(claude-someday-9, prices given/);
  }, 90_000);

  it("without a key, says so and exits non-zero, asking nothing", async () => {
    fake = await startFakeAnthropic();
    const result = await runScript("src/cli/eval.ts", ["--claude", writeSet()], {
      env: { ANTHROPIC_BASE_URL: fake.url },
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("ANTHROPIC_API_KEY");
    expect(result.stdout).toBe("");
    expect(fake.requests).toHaveLength(0);
  });
});
