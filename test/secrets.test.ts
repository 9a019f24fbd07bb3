import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../src/log.ts";
import { type ClaudeHarness, startClaudeHarness } from "./helpers/claude-harness.ts";

const PLANTED_KEY = "sk-ant-api03-PLANTED-secret-0123456789abcdef";

let harness: ClaudeHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("secrets never reach the logs", () => {
  it("the Anthropic key stays out of every log line, at trace level, through success and 401", async () => {
    harness = await startClaudeHarness({ ANTHROPIC_API_KEY: PLANTED_KEY, LOG_LEVEL: "trace" });
    harness.fake.enqueue(
      { type: "error", status: 500 },
      { type: "error", status: 401, errorType: "authentication_error" },
    );
    await harness.runtime.answerer.answer("How much did Microsoft invest?");
    await harness.runtime.answerer.answer("How much did NVIDIA invest?");
    const received = harness.fake.requests
      .map((request) => JSON.stringify(request.headers))
      .join("\n");
    expect(received).toContain(PLANTED_KEY); // the key was really used…
    const logged = harness.logs.map((line) => JSON.stringify(line)).join("\n");
    expect(harness.logs.length).toBeGreaterThan(0);
    expect(logged).not.toContain(PLANTED_KEY); // …and never logged
    expect(logged).toContain("ANTHROPIC_API_KEY");
  });

  it("redacts tokens and keys logged by name, at any depth the logger knows", () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: "info",
      destination: new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    });
    logger.info(
      {
        token: PLANTED_KEY,
        config: { apiKey: PLANTED_KEY },
        headers: { authorization: `Bearer ${PLANTED_KEY}` },
      },
      "x",
    );
    expect(lines.join("")).not.toContain(PLANTED_KEY);
    expect(lines.join("")).toContain("[redacted]");
  });
});
