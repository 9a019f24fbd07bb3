import { describe, expect, it } from "vitest";
import { expectNoPings } from "./expectations.ts";
import { useBotAgainstFake } from "./harness.ts";

const world = useBotAgainstFake();

describe("free-form questions: mentions, DMs and replies", () => {
  it("answers a message that mentions the bot, as a reply, with typing shown first", async () => {
    const { fake } = world;
    const question = fake.say(`${fake.botMention} How much is NVIDIA investing?`);
    const answer = await fake.waitForReply(question);
    expect(answer.content).toContain("$10 billion");
    expect(answer.content).toMatch(/^-# 📖 /m);
    expect(answer.components).toHaveLength(1);
    const typing = fake.calls.findIndex(
      (call) =>
        call.route === "POST /channels/:channelId/typing" &&
        call.params.channelId === question.channel_id,
    );
    const reply = fake.calls.findIndex(
      (call) =>
        call.route === "POST /channels/:channelId/messages" &&
        (call.body?.message_reference as { message_id?: string })?.message_id === question.id,
    );
    expect(typing).toBeGreaterThanOrEqual(0);
    expect(typing).toBeLessThan(reply);
  });

  it("answers a DM without any mention, in the DM channel", async () => {
    const { fake } = world;
    const question = fake.directMessage("엔비디아는 얼마를 투자했나요?", {
      user: fake.user("minji"),
    });
    const answer = await fake.waitForReply(question);
    expect(answer.channel_id).toBe(question.channel_id);
    expect(answer.guild_id).toBeUndefined();
    expect(answer.content).toContain("100억 달러");
  });

  it("follows a reply chain: 'how much?' after a question about NVIDIA is about NVIDIA", async () => {
    const { fake } = world;
    const user = fake.user("bora");
    const alone = fake.say(`${fake.botMention} how much?`, { user });
    const aloneAnswer = await fake.waitForReply(alone);
    expect(aloneAnswer.content).not.toContain("$10 billion");

    const first = fake.say(`${fake.botMention} Is NVIDIA investing in Anthropic?`, { user });
    const firstAnswer = await fake.waitForReply(first);
    const followUp = fake.say("how much?", { user, replyTo: firstAnswer });
    const followUpAnswer = await fake.waitForReply(followUp);
    expect(followUpAnswer.content).toContain("NVIDIA committed to invest up to $10 billion");
    const logged = await world.waitForLog(
      (line) => line.msg === "question answered" && line.messageId === followUp.id,
    );
    expect(logged).toMatchObject({ path: "reply", historyTurns: 2 });
  });

  it("follows a reply to an /ask answer (the question comes from the answer store)", async () => {
    const { fake } = world;
    const interaction = fake.slashCommand("ask", { question: "Is NVIDIA investing in Anthropic?" });
    const askAnswer = await fake.waitForResponse(interaction);
    const followUp = fake.say("how much?", { replyTo: askAnswer });
    const followUpAnswer = await fake.waitForReply(followUp);
    expect(followUpAnswer.content).toContain("$10 billion");
  });

  it("ignores guild messages that neither mention nor reply to the bot, and other bots", async () => {
    const { fake } = world;
    const before = fake.calls.length;
    const chatter = fake.say("How much is NVIDIA investing?");
    const otherBot = fake.world.addUser("other-bot", true);
    const fromBot = fake.say(`${fake.botMention} How much is NVIDIA investing?`, {
      user: otherBot,
    });
    // A later message that is answered proves the earlier ones were processed (and skipped).
    const marker = fake.say(`${fake.botMention} What is circular investment?`);
    await fake.waitForReply(marker);
    // Messages are handled in order and typing starts each answer: one typing call (the marker's)
    // means the earlier two were skipped, not merely slower.
    expect(fake.repliesTo(chatter)).toEqual([]);
    expect(fake.repliesTo(fromBot)).toEqual([]);
    const typingCalls = fake.calls
      .slice(before)
      .filter((call) => call.route === "POST /channels/:channelId/typing");
    expect(typingCalls).toHaveLength(1);
  });

  it("gives a hint for a mention with no question, and for attachments only", async () => {
    const { fake } = world;
    const mentionOnly = fake.say(`  ${fake.botMention}  `);
    expect((await fake.waitForReply(mentionOnly)).content).toMatch(/^Ask me a question about/);
    const photo = fake.say(fake.botMention, { attachments: 1 });
    expect((await fake.waitForReply(photo)).content).toContain("attachments");
  });

  it("refuses an over-long mention with a clear message", async () => {
    const { fake } = world;
    const question = fake.say(`${fake.botMention} ${"투자 ".repeat(300)}얼마인가요?`);
    const answer = await fake.waitForReply(question);
    expect(answer.content).toMatch(/질문이 너무 길어요 \(\d+자\)\. 500자 이내로/);
  });

  it("explains a reply it cannot read (no reply ping, so no content without the privileged intent)", async () => {
    const { fake } = world;
    const first = fake.say(`${fake.botMention} How much is Microsoft investing?`);
    const answer = await fake.waitForReply(first);
    const silentReply = fake.say("and NVIDIA?", { replyTo: answer, replyPing: false });
    const hint = await fake.waitForReply(silentReply);
    expect(hint.content).toContain("couldn't read");
  });

  it("never turns @everyone or user mentions in a question into pings", async () => {
    const { fake } = world;
    const victim = fake.user("victim");
    const slash = fake.slashCommand("ask", {
      question: `@everyone @here <@${victim.id}> <@&${fake.channel().guild_id}> how much is NVIDIA investing?`,
    });
    const mention = fake.say(
      `${fake.botMention} @everyone <@${victim.id}> how much is NVIDIA investing? @here`,
    );
    await fake.waitForResponse(slash);
    await fake.waitForReply(mention);
    const sends = [
      ...fake.callsOf(slash).filter((call) => call.method === "PATCH"),
      ...fake.callsMatching(
        (call) =>
          (call.body?.message_reference as { message_id?: string } | undefined)?.message_id ===
          mention.id,
      ),
    ];
    expect(sends.length).toBeGreaterThanOrEqual(2);
    for (const call of sends) {
      expect(call.body?.allowed_mentions).toEqual({ parse: [], replied_user: false });
    }
    // The asker is not pinged by the reply either.
    expect(expectNoPings(fake)).toBeGreaterThan(5);
  });

  it("identifies with Guilds, GuildMessages and DirectMessages only (no privileged intent)", () => {
    const GUILDS = 1 << 0;
    const GUILD_MESSAGES = 1 << 9;
    const DIRECT_MESSAGES = 1 << 12;
    expect(world.fake.gateway.identifies[0]?.intents).toBe(
      GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES,
    );
  });
});
