/**
 * /about end to end: the real bot against the fake Discord, in deterministic mode and with Claude
 * (the fake Anthropic server): mode, model, knowledge version, uptime, questions answered, Claude's
 * share and cache hits, in the user's language, visible to the asker only.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import { groundedReply } from "../fakes/anthropic-grounded.ts";
import { type FakeAnthropicServer, startFakeAnthropic } from "../fakes/anthropic-server.ts";
import type { FakeMessage } from "../fakes/discord-fake.ts";
import { knowledgeDir } from "../helpers/paths.ts";
import { type BotUnderTest, startBotAgainstFake, useBotAgainstFake } from "./harness.ts";

const knowledge = loadKnowledge(knowledgeDir);
const EPHEMERAL = 1 << 6;

interface Embed {
  title: string;
  fields: { name: string; value: string }[];
  footer: { text: string };
}

function embedOf(message: FakeMessage): { embed: Embed; fields: Record<string, string> } {
  const embed = message.embeds[0] as Embed | undefined;
  if (!embed) throw new Error("the /about reply has no embed");
  return {
    embed,
    fields: Object.fromEntries(embed.fields.map((field) => [field.name, field.value])),
  };
}

async function askByMention(world: BotUnderTest, question: string): Promise<void> {
  const message = world.fake.say(`${world.fake.botMention} ${question}`);
  await world.fake.waitForMessages(() =>
    world.fake.repliesTo(message).some((reply) => reply.components.length > 0),
  );
}

async function about(world: BotUnderTest, locale = "en-US") {
  const interaction = world.fake.slashCommand("about", {}, { locale });
  const message = await world.fake.waitForResponse(interaction);
  const [ack] = world.fake.callsOf(interaction);
  expect(Number(ack?.body?.data && (ack.body.data as { flags?: number }).flags) & EPHEMERAL).toBe(
    EPHEMERAL,
  );
  return embedOf(message);
}

describe("/about in deterministic mode", () => {
  const world = useBotAgainstFake();

  it("counts the answers of this process and says it uses no AI", async () => {
    await askByMention(world, "How much is Microsoft investing?");
    await askByMention(world, "엔비디아는 얼마를 투자하나요?");
    const { embed, fields } = await about(world);
    expect(embed.title).toBe(`About ${world.fake.bot.username}`);
    expect(fields).toMatchObject({
      "Answer mode": "quoted from the article (no AI)",
      Model: "none",
      "Knowledge version": `\`${knowledge.version}\``,
      "Questions answered": "2",
      "Answered by Claude": "0% (0)",
      "Cache-hit tokens": "0",
    });
    expect(fields.Uptime).toMatch(/^\d+ (d|h|min|s)\b/);
    expect(embed.footer.text).toBe(
      "Shard 0 of 1 · figures of this process (shards 0) since it started",
    );
  });

  it("speaks Korean to a Korean Discord client", async () => {
    const { embed, fields } = await about(world, "ko");
    expect(embed.title).toBe(`${world.fake.bot.username} 정보`);
    expect(fields).toMatchObject({
      "답변 방식": "기사 직접 인용 (AI 미사용)",
      "지식 버전": `\`${knowledge.version}\``,
      "답변한 질문": "2",
    });
    expect(embed.footer.text).toContain("샤드 0 / 전체 1");
  });
});

describe("/about with Claude", () => {
  let anthropic: FakeAnthropicServer;
  let world: BotUnderTest;
  beforeAll(async () => {
    anthropic = await startFakeAnthropic();
    anthropic.setHandler(groundedReply(knowledge.facts));
    world = await startBotAgainstFake({
      environment: { ANTHROPIC_API_KEY: "sk-ant-test-key", ANTHROPIC_BASE_URL: anthropic.url },
    });
  });
  afterAll(async () => {
    await world?.stop();
    await anthropic?.close();
  });

  it("shows the model, Claude's share and the cache-hit tokens", async () => {
    await askByMention(world, "How much is NVIDIA investing?");
    const { fields } = await about(world);
    expect(anthropic.requests).toHaveLength(1);
    // The fake reports 25 uncached input tokens and 4,000 read from the cache per answer.
    expect(fields).toMatchObject({
      "Answer mode": "Claude",
      Model: "claude-haiku-5-5",
      "Questions answered": "1",
      "Answered by Claude": "100% (1)",
      "Cache-hit tokens": "4,000 (99.4% of input)",
      "Claude calls": "0 running · 0 waiting · 1 at most",
    });
  });
});
