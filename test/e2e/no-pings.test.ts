/**
 * Nothing the bot sends pings anyone, whatever the question or Claude's text contains: every kind
 * of send (deferrals, drafts, final edits, replies, DMs, follow-ups, button replies, apologies,
 * hints, embeds, uploads) is checked by Discord's own rules, with the fake Claude writing
 * @everyone, @here, a user mention and a role mention into everything it says.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { citeDocument } from "../fakes/anthropic-server.ts";
import type { FakeMessage } from "../fakes/discord-fake.ts";
import { NO_PINGS, pingsOf } from "../fakes/discord-mentions.ts";
import { NVIDIA_QUOTE } from "../helpers/claude-replies.ts";
import { type BotWithClaude, startBotWithClaude } from "./claude-world.ts";
import { expectAllAccepted, expectNoPings } from "./expectations.ts";

let world: BotWithClaude;
let pings: string;
beforeAll(async () => {
  world = await startBotWithClaude();
  const victim = world.fake.user("victim");
  const role = world.fake.world.snowflake();
  pings = `@everyone @here <@${victim.id}> <@&${role}>`;
  world.claude.setHandler((request) => ({
    type: "message",
    eventDelayMs: 5,
    blocks: [
      {
        text: `${pings} NVIDIA promised up to $10 billion. Tell ${pings} about it.`,
        citations: [citeDocument(request, 0, NVIDIA_QUOTE)],
      },
    ],
  }));
});
afterAll(async () => {
  if (!world) return;
  expectAllAccepted(world.fake, (call) => call.status === 400 && call.method === "PATCH");
  await world.stop();
});

const answered = (id: string) =>
  world.waitForLog(
    (line) => line.msg === "question answered" && (line.messageId ?? line.interactionId) === id,
  );

describe("no pings, on every kind of send", () => {
  it("the fake's rules notice a ping when mentions are not turned off", () => {
    expect(pingsOf({ content: pings }, { isReply: true })).toMatchObject({
      everyone: true,
      repliedUser: true,
    });
    const usersOnly = { content: pings, allowed_mentions: { parse: ["users"] } };
    expect(pingsOf(usersOnly, { isReply: false }).users).toHaveLength(1);
    expect(pingsOf({ content: pings, allowed_mentions: { parse: [] } }, { isReply: true })).toEqual(
      NO_PINGS,
    );
  });

  it("whatever Claude writes, through slash commands, mentions, DMs, replies, buttons, errors and hints", async () => {
    const { fake } = world;
    const publicAsk = fake.slashCommand("ask", {
      question: `${pings} how much is NVIDIA investing?`,
    });
    const privateAsk = fake.slashCommand("ask", {
      question: "How much is NVIDIA investing?",
      private: true,
    });
    const mention = fake.say(`${fake.botMention} ${pings} How much is NVIDIA investing?`);
    const dm = fake.directMessage(`${pings} How much is NVIDIA investing?`, {
      user: fake.user("gus"),
    });
    const publicAnswer = await fake.waitForResponse(publicAsk);
    await fake.waitForResponse(privateAsk);
    await answered(mention.id);
    await answered(dm.id);
    const mentionAnswer = fake.repliesTo(mention)[0] as FakeMessage;
    // Claude's text really carried the pings to Discord, as text.
    for (const message of [publicAnswer, mentionAnswer, fake.repliesTo(dm)[0]]) {
      expect(message?.content).toContain(pings);
    }

    const followUp = fake.say(`${pings} and Microsoft?`, { replyTo: mentionAnswer });
    await answered(followUp.id);
    const buttons = (mentionAnswer.components[0] as { components: { custom_id: string }[] })
      .components;
    for (const button of buttons) fake.clickButton(mentionAnswer, button.custom_id);
    await fake.waitForCalls(
      (call) => call.route.endsWith("/callback") && Number(call.body?.type) === 4,
      buttons.length,
    );

    // An answer Discord rejects is replaced by the apology, which must not ping either.
    const failing = fake.slashCommand("ask", {
      question: `${pings} How much is NVIDIA investing?`,
    });
    fake.rest.injectFailure({
      match: (call) =>
        call.method === "PATCH" &&
        call.params.token === failing.token &&
        String(call.body?.content).includes("$10 billion"),
      status: 400,
      json: { code: 50035, message: "Invalid Form Body" },
      times: 10,
    });
    expect((await fake.waitForResponse(failing)).content).toMatch(/error id/);

    const hint = fake.say(`${fake.botMention} @everyone`);
    await fake.waitForReply(hint);
    await fake.waitForResponse(fake.slashCommand("deal"));
    await fake.waitForResponse(fake.slashCommand("who-pays-whom"));

    // At least one send per step above (drafts add more when Claude is slow to finish, a number
    // that depends on the machine's speed, so it is not counted on).
    expect(expectNoPings(fake)).toBeGreaterThanOrEqual(12);
    const botMessages = [...fake.world.messages.values()].filter(
      (message) => message.author.id === fake.bot.id,
    );
    expect(botMessages.length).toBeGreaterThan(10);
    for (const message of botMessages) {
      expect(
        {
          everyone: message.mention_everyone,
          users: message.mentions,
          roles: message.mention_roles,
        },
        message.content,
      ).toEqual({ everyone: false, users: [], roles: [] });
    }
  });
});
