/**
 * A restart loses no answer: npm start as a real process with Claude configured gets SIGTERM
 * while 20 questions (10 mentions, 10 /ask) wait for Claude. Every one is answered exactly once,
 * no /ask is left on "thinking…", and the process exits 0:
 * - Claude answers after the signal, within the grace period: the users get Claude's answers;
 * - Claude hangs: at the end of SHUTDOWN_GRACE_MS the calls are cut short and the users get the
 *   deterministic answer with its "Claude unavailable" notice.
 */
import { afterEach, describe, expect, it } from "vitest";
import { phrases } from "../../src/answer/shared/phrases.ts";
import {
  type FakeAnthropicServer,
  type FakeReply,
  startFakeAnthropic,
} from "../fakes/anthropic-server.ts";
import {
  type FakeDiscord,
  type FakeInteraction,
  type FakeMessage,
  startFakeDiscord,
} from "../fakes/discord-fake.ts";
import { citedReply } from "../helpers/claude-replies.ts";
import { collect, spawnEntry, waitForOutput } from "../helpers/spawn.ts";

const CLAUDE_TEXT = "NVIDIA promised up to $10 billion.";
const QUESTION = "How much is NVIDIA investing?";
const MENTIONS = 10;
const SLASH_COMMANDS = 10;
const DRAFT_CURSOR = "▌";

/** Starting and stopping real processes takes long on a busy machine: a generous last guard. */
const PROCESS_TEST_TIMEOUT = { timeout: 120_000 };
const CHANNELS = 5;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface HeldClaude {
  readonly claude: FakeAnthropicServer;
  /** Resolves once `count` requests wait for their reply. */
  waiting(count: number): Promise<void>;
  /** Sends every waiting request its reply (Claude answers now). */
  release(): void;
}

/** A fake Claude that holds each request until released, or never answers (`hang`). */
async function heldClaude(mode: "release" | "hang"): Promise<HeldClaude> {
  const claude = await startFakeAnthropic();
  cleanups.push(() => claude.close());
  const held: (() => void)[] = [];
  const watchers: { count: number; resolve: () => void }[] = [];
  claude.setHandler((request) => {
    const reply = new Promise<FakeReply>((resolve) => {
      if (mode === "release") held.push(() => resolve(citedReply(CLAUDE_TEXT)(request)));
    });
    const arrived = claude.requests.length;
    for (const watcher of watchers) if (arrived >= watcher.count) watcher.resolve();
    return reply;
  });
  return {
    claude,
    waiting: (count) =>
      new Promise((resolve) => {
        if (claude.requests.length >= count) resolve();
        else watchers.push({ count, resolve });
      }),
    release: () => {
      for (const send of held.splice(0)) send();
    },
  };
}

async function startBot(
  fake: FakeDiscord,
  claude: FakeAnthropicServer,
  graceMs: number,
  finalSendsMs = 1_500,
) {
  const child = spawnEntry("src/main.ts", {
    DISCORD_TOKEN: fake.token,
    DISCORD_API_BASE_URL: fake.apiBaseUrl,
    ANTHROPIC_API_KEY: "sk-ant-shutdown-test",
    ANTHROPIC_BASE_URL: claude.url,
    // Claude's own deadline stays out of the way: the shutdown is what ends these calls.
    CLAUDE_TIMEOUT_MS: "120000",
    CLAUDE_MAX_CONCURRENCY: "32",
    CLAUDE_QUEUE_SIZE: "32",
    USER_QUESTIONS_PER_MINUTE: "1000",
    SHUTDOWN_GRACE_MS: String(graceMs),
    SHUTDOWN_FINAL_SENDS_MS: String(finalSendsMs),
    LOG_LEVEL: "info",
  });
  const run = collect(child, 60_000);
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  await waitForOutput(child, "Discord bot ready");
  return { child, run };
}

/** 10 mentions and 10 /ask, all waiting for Claude once this resolves. */
async function askTwenty(fake: FakeDiscord, held: HeldClaude) {
  const mentions: FakeMessage[] = [];
  const interactions: FakeInteraction[] = [];
  for (let index = 0; index < MENTIONS; index++) {
    // Spread over the channels, as users are: Discord itself lets a bot post about 5 messages per
    // 5 s in one channel, so 10 final replies in one channel could never all go out at a deadline.
    const channel = fake.channel(0, index % CHANNELS);
    mentions.push(
      fake.say(`${fake.botMention} ${QUESTION}`, { user: fake.user(`m${index}`), channel }),
    );
  }
  for (let index = 0; index < SLASH_COMMANDS; index++) {
    interactions.push(
      fake.slashCommand("ask", { question: QUESTION }, { user: fake.user(`s${index}`) }),
    );
  }
  await held.waiting(MENTIONS + SLASH_COMMANDS);
  return { mentions, interactions };
}

/** Each mention has one reply and each /ask one final response (no follow-up), all finished. */
function answersOf(
  fake: FakeDiscord,
  mentions: readonly FakeMessage[],
  interactions: readonly FakeInteraction[],
): string[] {
  const answers: string[] = [];
  for (const mention of mentions) {
    const replies = fake.repliesTo(mention);
    expect(replies).toHaveLength(1);
    answers.push(replies[0]?.content ?? "");
  }
  for (const interaction of interactions) {
    expect(interaction.ackedAt).toBeDefined();
    const followUps = fake
      .callsOf(interaction)
      .filter((call) => call.route.startsWith("POST /webhooks/"));
    expect(followUps).toHaveLength(0);
    const response = fake.world.messages.get(interaction.originalMessageId ?? "");
    answers.push(response?.content ?? "");
  }
  for (const answer of answers) expect(answer).not.toContain(DRAFT_CURSOR);
  return answers;
}

describe("SIGTERM with 20 questions waiting for Claude", PROCESS_TEST_TIMEOUT, () => {
  it("Claude answers within the grace period: all 20 get Claude's answer, once; exit 0", async () => {
    const fake = await startFakeDiscord({ channelsPerGuild: CHANNELS });
    cleanups.push(() => fake.close());
    const held = await heldClaude("release");
    const { child, run } = await startBot(fake, held.claude, 30_000);
    const { mentions, interactions } = await askTwenty(fake, held);

    const shuttingDown = waitForOutput(child, '"msg":"shutting down"');
    child.kill("SIGTERM");
    await shuttingDown;
    held.release();
    const { code, signal, stderr } = await run.finished;

    expect({ code, signal }).toEqual({ code: 0, signal: null });
    const answers = answersOf(fake, mentions, interactions);
    expect(answers).toHaveLength(20);
    for (const answer of answers) expect(answer.startsWith(CLAUDE_TEXT)).toBe(true);
    expect(stderr).toContain('"inFlight":20');
    expect(stderr).not.toContain("grace period over");
    expect(fake.gateway.readyShards).toEqual([]);
  });

  it("Claude hangs: at the deadline all 20 get the deterministic answer with its notice, once; exit 0", async () => {
    const fake = await startFakeDiscord({ channelsPerGuild: CHANNELS });
    cleanups.push(() => fake.close());
    const held = await heldClaude("hang");
    // The deterministic answers' sends get a generous window: on a busy machine 20 answers and
    // their REST calls can take longer than the default 1.5 s; the stop waits for them, not a clock.
    const { child, run } = await startBot(fake, held.claude, 1_000, 60_000);
    const { mentions, interactions } = await askTwenty(fake, held);

    child.kill("SIGTERM");
    const { code, signal, stderr } = await run.finished;

    expect({ code, signal }).toEqual({ code: 0, signal: null });
    const answers = answersOf(fake, mentions, interactions);
    expect(answers).toHaveLength(20);
    for (const answer of answers) {
      expect(answer).toContain("$10 billion");
      expect(answer).toContain(phrases.en.claudeUnavailable);
    }
    expect(stderr).toContain("grace period over");
    expect(stderr).not.toContain("answers still unsent");
  });
});
