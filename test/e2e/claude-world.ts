/**
 * The real bot against the fake Discord with Claude configured: the real SDK talks to a fake
 * Anthropic server (ANTHROPIC_BASE_URL) on loopback, so tests script what Claude says and read
 * every request the bot sent it.
 */
import { type FakeAnthropicServer, startFakeAnthropic } from "../fakes/anthropic-server.ts";
import { type BotUnderTest, type HarnessOptions, startBotAgainstFake } from "./harness.ts";

export interface BotWithClaude extends BotUnderTest {
  readonly claude: FakeAnthropicServer;
}

export async function startBotWithClaude(options: HarnessOptions = {}): Promise<BotWithClaude> {
  const claude = await startFakeAnthropic();
  let world: BotUnderTest;
  try {
    world = await startBotAgainstFake({
      ...options,
      environment: {
        ANTHROPIC_API_KEY: "sk-ant-e2e-test-key",
        ANTHROPIC_BASE_URL: claude.url,
        // Generous, so however busy the machine, a good answer is never cut short; tests where
        // the deadline is the behaviour (a Claude that hangs) set a short one of their own.
        CLAUDE_TIMEOUT_MS: "20000",
        // Tests ask many questions as one user; the per-user limit has its own tests.
        USER_QUESTIONS_PER_MINUTE: "1000",
        ...options.environment,
      },
    });
  } catch (error) {
    await claude.close();
    throw error;
  }
  return {
    ...world,
    claude,
    async stop() {
      await world.stop();
      await claude.close();
    },
  };
}
