/**
 * Discord failing under the bot, through the fake: REST 429s with retry-after and 5xx on sends
 * (the answer still arrives, once; or the failure is logged with the question's ids), and the
 * gateway dropping the connection (a resumable close code, op 7 RECONNECT) in the middle of a
 * conversation: the bot resumes, gets what it missed, and answers the next question.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { streamGate } from "../fakes/anthropic-server.ts";
import type { FakeMessage, RecordedCall } from "../fakes/discord-fake.ts";
import { citedReply } from "../helpers/claude-replies.ts";
import { type BotWithClaude, startBotWithClaude } from "./claude-world.ts";
import { acknowledgement, expectNoPings } from "./expectations.ts";
import { rateLimited, SERVER_ERROR, watchUnhandledRejections } from "./faults.ts";

const ERROR_ID = /error id: `([0-9a-f]{8})`/;
/** Three sentences, streamed through a gate: the test deletes the first draft, then lets it end. */
const SLOW_ANSWER =
  "NVIDIA promised up to $10 billion. The money is tied to working together on chips. " +
  "That is what the article and the sources say.";

let world: BotWithClaude;
const rejections = watchUnhandledRejections();
beforeAll(async () => {
  world = await startBotWithClaude();
  // Claude answers every question about NVIDIA the same way unless a test scripts otherwise.
  world.claude.setHandler(citedReply("NVIDIA promised up to $10 billion."));
});
afterAll(async () => {
  rejections.stop();
  if (!world) return;
  expectNoPings(world.fake);
  await world.stop();
  expect(rejections.seen).toEqual([]);
});

const repliesTo = (question: FakeMessage) => (call: RecordedCall) =>
  call.route === "POST /channels/:channelId/messages" &&
  (call.body?.message_reference as { message_id?: string } | undefined)?.message_id === question.id;

const answered = (id: string) =>
  world.waitForLog(
    (line) => line.msg === "question answered" && (line.messageId ?? line.interactionId) === id,
  );

describe("Discord REST failures on a send", () => {
  it("a 429 with retry-after on a reply: waited out, then the answer arrives once", async () => {
    const { fake } = world;
    const question = fake.say(`${fake.botMention} How much is NVIDIA investing?`);
    fake.rest.injectFailure({ match: repliesTo(question), ...rateLimited(1) });
    await answered(question.id);
    const attempts = fake.callsMatching(repliesTo(question));
    expect(attempts.map((call) => call.status)).toEqual([429, 200]);
    expect((attempts[1]?.receivedAt ?? 0) - (attempts[0]?.receivedAt ?? 0)).toBeGreaterThan(900);
    expect(fake.repliesTo(question)).toHaveLength(1);
    expect(fake.repliesTo(question)[0]?.content).toMatch(/^NVIDIA promised/);
  });

  it("a 429 on a slash command's deferral: retried, acknowledged (within Discord's 3 s, which the fake enforces), then answered", async () => {
    const { fake } = world;
    const interaction = fake.slashCommand("ask", { question: "How much is NVIDIA investing?" });
    fake.rest.injectFailure({
      match: (call) => call.params.interactionId === interaction.id,
      ...rateLimited(1),
    });
    const message = await fake.waitForResponse(interaction);
    expect(acknowledgement(interaction)).toBe(5);
    const callbacks = fake.callsMatching((call) => call.params.interactionId === interaction.id);
    expect(callbacks.map((call) => call.status)).toEqual([429, 204]);
    expect(message.content).toMatch(/^NVIDIA promised/);
  });

  it("a 5xx on a reply and on an edit of @original: retried, the answer arrives once", async () => {
    const { fake } = world;
    const question = fake.say(`${fake.botMention} How much is NVIDIA investing?`);
    fake.rest.injectFailure({ match: repliesTo(question), ...SERVER_ERROR, times: 2 });
    const interaction = fake.slashCommand("ask", { question: "How much is NVIDIA investing?" });
    fake.rest.injectFailure({
      match: (call) => call.method === "PATCH" && call.params.token === interaction.token,
      ...SERVER_ERROR,
    });
    await answered(question.id);
    await answered(interaction.id);
    expect(fake.callsMatching(repliesTo(question)).map((call) => call.status)).toEqual([
      502, 502, 200,
    ]);
    expect(fake.repliesTo(question)).toHaveLength(1);
    expect((await fake.waitForResponse(interaction)).content).toMatch(/^NVIDIA promised/);
  });

  it("a reply Discord created but whose answer was lost (502): the retry does not post it twice", async () => {
    const { fake } = world;
    const question = fake.say(`${fake.botMention} How much is NVIDIA investing?`);
    fake.rest.injectFailure({ match: repliesTo(question), ...SERVER_ERROR, afterHandling: true });
    await answered(question.id);
    expect(fake.callsMatching(repliesTo(question)).map((call) => call.status)).toEqual([502, 200]);
    expect(fake.repliesTo(question)).toHaveLength(1);
  });

  it("a deferral Discord took but whose answer was lost (502): 'already acknowledged' on the retry, answered anyway", async () => {
    const { fake } = world;
    const interaction = fake.slashCommand("ask", { question: "How much is NVIDIA investing?" });
    fake.rest.injectFailure({
      match: (call) => call.params.interactionId === interaction.id,
      ...SERVER_ERROR,
      afterHandling: true,
    });
    await answered(interaction.id);
    const callbacks = fake.callsOf(interaction).filter((call) => call.route.endsWith("/callback"));
    expect(callbacks.map((call) => call.status)).toEqual([502, 400]);
    expect((await fake.waitForResponse(interaction)).content).toMatch(/^NVIDIA promised/);
    expect(fake.callsOf(interaction).filter((call) => call.status >= 400)).toHaveLength(2);
  });

  it("a button reply Discord posted but whose answer was lost (502): no apology on top", async () => {
    const { fake } = world;
    const question = fake.say(`${fake.botMention} How much is NVIDIA investing?`);
    await answered(question.id);
    const answer = fake.repliesTo(question)[0] as FakeMessage;
    const click = fake.clickButton(answer, `feedback:up:${"a".repeat(12)}`);
    fake.rest.injectFailure({
      match: (call) => call.params.interactionId === click.id,
      ...SERVER_ERROR,
      afterHandling: true,
    });
    const outcome = await world.waitForLog(
      (line) =>
        line.interactionId === click.id &&
        (line.msg === "button handled" || line.msg.startsWith("handler failed")),
    );
    expect(outcome.msg).toBe("button handled");
    const callbacks = fake.callsMatching((call) => call.params.interactionId === click.id);
    expect(callbacks.map((call) => call.status)).toEqual([502, 400]);
  });

  it("a send that keeps failing: the apology instead, logged with the answer's id and the error id", async () => {
    const { fake } = world;
    const question = fake.say(`${fake.botMention} How much is NVIDIA investing?`);
    fake.rest.injectFailure({
      match: (call) => repliesTo(question)(call) && String(call.body?.content).includes("NVIDIA"),
      ...SERVER_ERROR,
      times: 100,
    });
    const apology = await fake.waitForReply(question);
    const errorId = ERROR_ID.exec(apology.content)?.[1];
    expect(errorId).toBeDefined();
    const logged = await world.waitForLog((line) => line.errorId === errorId);
    expect(logged).toMatchObject({ level: 50, messageId: question.id, path: "mention" });
    expect(logged.answerId).toMatch(/^[a-z0-9]{12}$/);
    expect(fake.repliesTo(question)).toHaveLength(1);
  });

  it("Discord unreachable for a whole question: logged with the question's ids; the next one is answered", async () => {
    const { fake } = world;
    const interaction = fake.slashCommand("ask", { question: "How much is NVIDIA investing?" });
    fake.rest.injectFailure({
      match: (call) =>
        call.params.interactionId === interaction.id || call.params.token === interaction.token,
      ...SERVER_ERROR,
      times: 100,
    });
    const logged = await world.waitForLog(
      (line) =>
        line.msg === "could not send the apology either" && line.interactionId === interaction.id,
    );
    expect(logged.errorId).toMatch(/^[0-9a-f]{8}$/);
    const next = fake.slashCommand("ask", { question: "How much is NVIDIA investing?" });
    expect((await fake.waitForResponse(next)).content).toMatch(/^NVIDIA promised/);
  });
});

describe("the bot's reply deleted while Claude writes it", () => {
  it("a deleted draft of a mention's answer: the answer arrives as a new reply", async () => {
    const { fake, claude } = world;
    const gate = streamGate();
    claude.enqueue(citedReply(SLOW_ANSWER, { gate }));
    const question = fake.say(`${fake.botMention} How much is NVIDIA investing?`);
    gate.releaseUntil("billion. T");
    const draft = await fake.waitForReply(question);
    expect(draft.content).toMatch(/ ▌$/);
    fake.deleteMessage(draft);
    gate.releaseAll();
    await answered(question.id);
    const replies = fake.repliesTo(question);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.content).toMatch(/^NVIDIA promised .* sources say\.\n-# 📖/s);
  });

  it("a deleted deferral of /ask: the answer arrives as a follow-up, drafts and all", async () => {
    const { fake, claude } = world;
    const gate = streamGate();
    claude.enqueue(citedReply(SLOW_ANSWER, { gate }));
    const interaction = fake.slashCommand("ask", { question: "How much is NVIDIA investing?" });
    gate.releaseUntil("billion. T");
    const draft = await fake.waitForResponse(interaction);
    expect(draft.content).toMatch(/ ▌$/);
    fake.deleteMessage(draft);
    gate.releaseAll();
    await answered(interaction.id);
    const followUps = fake
      .callsOf(interaction)
      .filter((call) => call.route === "POST /webhooks/:applicationId/:token");
    expect(followUps).toHaveLength(1);
    const message = fake.world.messages.get(
      String((followUps[0]?.response as { id?: string })?.id),
    );
    expect(message?.content).toMatch(/^NVIDIA promised .* sources say\.\n-# 📖/s);
  });
});

describe("the gateway connection dropping in the middle of a conversation", () => {
  it.each([
    ["a resumable close code (4000)", () => world.fake.gateway.closeShard(0, 4000)],
    ["op 7 RECONNECT", () => world.fake.gateway.requestReconnect(0)],
  ])(
    "%s: the bot resumes, gets what was said meanwhile, and the conversation goes on",
    async (_name, drop) => {
      const { fake, claude } = world;
      const user = fake.user(`resumer-${fake.gateway.resumes.length}`);
      const resumesBefore = fake.gateway.resumes.length;
      const identifiesBefore = fake.gateway.identifies.length;
      const callsBefore = fake.calls.length;
      // An answer is on its way when the connection drops (Claude answers only after the drop):
      // it still arrives (REST).
      let answerNow = () => {};
      const held = new Promise<void>((resolve) => {
        answerNow = resolve;
      });
      claude.enqueue(citedReply("NVIDIA promised up to $10 billion.", { startAfter: held }));
      const first = fake.say(`${fake.botMention} How much is NVIDIA investing?`, { user });
      await fake.waitForCall(
        (call) =>
          call.route === "POST /channels/:channelId/typing" &&
          fake.calls.indexOf(call) >= callsBefore,
      );
      drop();
      answerNow();
      // Said while the bot is away: Discord keeps it for the resumed session.
      const meanwhile = fake.say(`${fake.botMention} How much is NVIDIA investing?`, {
        user: fake.user("meanwhile"),
      });
      const firstAnswer = await fake.waitForReply(first);
      expect(firstAnswer.content).toMatch(/^NVIDIA promised/);
      await answered(meanwhile.id);
      const followUp = fake.say("Why?", { user, replyTo: firstAnswer });
      expect(await answered(followUp.id)).toMatchObject({ path: "reply", historyTurns: 2 });
      for (const question of [first, meanwhile, followUp]) {
        expect(fake.repliesTo(question)).toHaveLength(1);
      }
      expect(fake.gateway.resumes.length).toBe(resumesBefore + 1);
      expect(fake.gateway.identifies.length).toBe(identifiesBefore);
    },
  );
});
