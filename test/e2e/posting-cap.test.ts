/**
 * The posting cap (USER_ANSWERS_PER_MINUTE) through the fake Discord: a flood from one user gets
 * at most the cap in answers plus one short notice, while other users are answered as usual. The
 * cap's clock stands still here, so the window never frees during the test, however slow the machine.
 */
import { describe, expect, it } from "vitest";
import type { FakeMessage } from "../fakes/discord-fake.ts";
import { callbackContent } from "./expectations.ts";
import { type LogLine, useBotAgainstFake } from "./harness.ts";

const CAP = 10;
const FLOOD = 200;
const EPHEMERAL = 1 << 6;

const world = useBotAgainstFake({
  environment: { USER_ANSWERS_PER_MINUTE: String(CAP) },
  now: () => 1_000_000,
});

const count = (logs: readonly LogLine[], predicate: (line: LogLine) => boolean) =>
  logs.filter(predicate).length;

describe("posting cap per user", () => {
  it(`answers a ${FLOOD}-mention flood from one user ${CAP} times plus one notice, and another user as usual`, async () => {
    const { fake } = world;
    const flooder = fake.user("flooder");
    const bystander = fake.user("bystander");
    const flood: FakeMessage[] = [];
    for (let index = 0; index < FLOOD; index++) {
      flood.push(
        fake.say(`${fake.botMention} How much is NVIDIA investing? (${index})`, { user: flooder }),
      );
    }
    const other = fake.say(`${fake.botMention} How much is Microsoft investing?`, {
      user: bystander,
    });
    expect((await fake.waitForReply(other)).content).toContain("Microsoft");

    // Every flood message handled: CAP answered, the rest refused (one of them with the notice).
    const byFlooder = (line: LogLine) => line.userId === flooder.id;
    await world.waitForLog(
      () =>
        count(world.logs, (line) => byFlooder(line) && line.msg === "question answered") === CAP &&
        count(world.logs, (line) => byFlooder(line) && line.msg === "posting cap: not answered") ===
          FLOOD - CAP,
      60_000,
    );
    await world.waitForLog(
      (line) => byFlooder(line) && line.msg === "posting cap reached; told the user once",
    );
    await fake.waitForMessages(
      () => flood.flatMap((message) => fake.repliesTo(message)).length >= CAP + 1,
    );

    const replies = flood.flatMap((message) => fake.repliesTo(message));
    expect(replies).toHaveLength(CAP + 1);
    const notices = replies.filter((reply) => /at most 10 times a minute/.test(reply.content));
    expect(notices).toHaveLength(1);
    // Nothing else reached the channel for the flooder: no typing beyond the answered ones (the bystander's included).
    const floodIds = new Set(flood.map((message) => message.channel_id));
    const typing = fake.calls.filter(
      (call) =>
        call.route === "POST /channels/:channelId/typing" &&
        floodIds.has(call.params.channelId ?? ""),
    );
    expect(typing.length).toBeLessThanOrEqual(CAP + 1);
  });

  it("refuses a slash command past the cap with a private notice, never a public answer", async () => {
    const { fake } = world;
    const asker = fake.user("eager");
    const interactions = Array.from({ length: CAP + 2 }, (_, index) =>
      fake.slashCommand(
        "ask",
        { question: `What is circular investment? (${index})` },
        { user: asker },
      ),
    );
    await fake.waitForCalls(
      (call) =>
        call.route === "POST /interactions/:interactionId/:token/callback" &&
        interactions.some((interaction) => interaction.id === call.params.interactionId),
      CAP + 2,
    );
    const callbacks = interactions.map((interaction) =>
      fake.callsOf(interaction).find((call) => call.route.endsWith("/callback")),
    );
    const notices = callbacks.filter((call) => Number(call?.body?.type) === 4);
    const deferred = callbacks.filter((call) => Number(call?.body?.type) === 5);
    expect(deferred).toHaveLength(CAP);
    expect(notices).toHaveLength(2);
    for (const call of notices) {
      expect(callbackContent(call)).toMatch(/at most 10 times a minute/);
      expect(Number((call?.body?.data as { flags?: number } | undefined)?.flags) & EPHEMERAL).toBe(
        EPHEMERAL,
      );
    }
    // Another user is answered at once.
    const other = fake.slashCommand(
      "ask",
      { question: "What is circular investment?" },
      { user: fake.user("calm") },
    );
    expect((await fake.waitForResponse(other)).content).not.toBe("");
  });
});
