/** The periodic health log line: what an operator watches, from the running bot. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotUnderTest, startBotAgainstFake } from "./harness.ts";

let world: BotUnderTest;
beforeAll(async () => {
  world = await startBotAgainstFake({ fake: { guilds: 3 }, healthIntervalMs: 200 });
});
afterAll(async () => {
  await world?.stop();
});

describe("the health log line", () => {
  it("reports memory, guilds, answers, limits, Claude calls and REST waits", async () => {
    const question = world.fake.say(`${world.fake.botMention} How much is NVIDIA investing?`);
    await world.fake.waitForReply(question);
    const line = await world.waitForLog(
      (entry) => entry.msg === "health" && Number(entry.questions) >= 1,
    );
    expect(line).toMatchObject({
      shards: [0],
      guilds: 3,
      questions: 1,
      claudeAnswers: 0,
      limited: 0,
      claudeCalls: { active: 0, waiting: 0, peak: 0 },
      restRateLimitWaits: 0,
      restGlobalLimitWaits: 0,
    });
    expect(line.rssMiB).toBeGreaterThan(0);
    expect(line.heapUsedMiB).toBeGreaterThan(0);
    expect(line.level).toBe(30);
  });
});
