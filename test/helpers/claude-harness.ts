/**
 * A runtime wired to a fresh fake Anthropic server, with its log lines captured, for tests of the
 * Claude path. Everything real: config, SDK, HTTP over loopback.
 */
import { Writable } from "node:stream";
import { createLogger } from "../../src/log.ts";
import { createRuntime, type Runtime } from "../../src/runtime.ts";
import { type FakeAnthropicServer, startFakeAnthropic } from "../fakes/anthropic-server.ts";

/**
 * The default answer deadline (CLAUDE_TIMEOUT_MS): generous, so however busy the machine, a good
 * answer is never cut short; only the case under test ends an answer early.
 */
export const TEST_TIMEOUT_MS = 20_000;

/**
 * For tests where the deadline itself is the behaviour (a server that hangs, a stream that
 * stalls): short, so they end soon; they assert on the outcome (and that it was not early), never
 * on how soon. On a very busy machine it may pass before the request even reaches the fake.
 */
export const SHORT_DEADLINE_MS = 5_000;

export interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly [key: string]: unknown;
}

export interface ClaudeHarness {
  readonly fake: FakeAnthropicServer;
  readonly runtime: Runtime;
  readonly logs: LogLine[];
  close(): Promise<void>;
}

export async function startClaudeHarness(
  environment: NodeJS.ProcessEnv = {},
): Promise<ClaudeHarness> {
  const fake = await startFakeAnthropic();
  const logs: LogLine[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n")) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  const runtime = createRuntime({
    environment: {
      ANTHROPIC_API_KEY: "sk-ant-test-key",
      ANTHROPIC_BASE_URL: fake.url,
      CLAUDE_TIMEOUT_MS: String(TEST_TIMEOUT_MS),
      ...environment,
    },
    logger: createLogger({ level: "debug", destination }),
  });
  return { fake, runtime, logs, close: () => fake.close() };
}

/** The log lines of the Claude path that say why it fell back. */
export function failureReasons(logs: readonly LogLine[]): unknown[] {
  return logs
    .filter((line) => line.component === "claude" && "reason" in line)
    .map((line) => line.reason);
}
