import { describe, expect, it } from "vitest";
import type { FakeMessage } from "../fakes/discord-fake.ts";
import { acknowledgement, callbackContent } from "./expectations.ts";
import { useBotAgainstFake } from "./harness.ts";

const EPHEMERAL = 1 << 6;

const world = useBotAgainstFake();

function buttonIds(message: FakeMessage): string[] {
  return (message.components as { components: { custom_id: string }[] }[]).flatMap((row) =>
    row.components.map((button) => button.custom_id),
  );
}

async function askedAnswer(question: string): Promise<FakeMessage> {
  const { fake } = world;
  return fake.waitForReply(fake.say(`${fake.botMention} ${question}`));
}

describe("the buttons under an answer", () => {
  it("Sources shows the full quotes, with translations, only to the one who clicked", async () => {
    const answer = await askedAnswer("How much is NVIDIA investing?");
    const sourcesId = buttonIds(answer).find((id) => id.startsWith("sources:"));
    expect(sourcesId).toBeDefined();
    const click = world.fake.clickButton(answer, sourcesId ?? "", {
      user: world.fake.user("carol"),
    });
    const [callback] = await world.fake.waitForCalls(
      (call) => call.params.interactionId === click.id,
      1,
    );
    expect(acknowledgement(click)).toBe(4);
    expect(callback?.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    const content = callbackContent(callback);
    expect(content).toContain("Quotes from the article");
    expect(content).toMatch(/^> .*100억 달러/m);
    expect(content).toMatch(/^> \*.+\*$/m);
    expect(content).toContain("Official announcements");
  });

  it("👍 and 👎 are thanked privately and logged with the answer's id", async () => {
    const answer = await askedAnswer("What is circular investment?");
    const down = buttonIds(answer).find((id) => id.startsWith("feedback:down:"));
    const answerId = down?.split(":")[2];
    const click = world.fake.clickButton(answer, down ?? "");
    const [callback] = await world.fake.waitForCalls(
      (call) => call.params.interactionId === click.id,
      1,
    );
    expect(callback?.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    const logged = await world.waitForLog(
      (line) => line.msg === "feedback" && line.answerId === answerId,
    );
    expect(logged).toMatchObject({ vote: "down", mode: "fallback", userId: world.fake.user().id });
  });

  it("a button whose answer the store does not have (pruned) gets a short 'ask again', not an error", async () => {
    const answer = await askedAnswer("How much is Microsoft investing?");
    const click = world.fake.clickButton(answer, "sources:zzzzzzzzzzzz", { locale: "ko" });
    const [callback] = await world.fake.waitForCalls(
      (call) => call.params.interactionId === click.id,
      1,
    );
    expect(callbackContent(callback)).toContain("다시 질문해 주세요");
  });

  it("a button that is not the bot's is acknowledged silently", async () => {
    const answer = await askedAnswer("How much is Microsoft investing?");
    const click = world.fake.clickButton(answer, "something-else");
    const [callback] = await world.fake.waitForCalls(
      (call) => call.params.interactionId === click.id,
      1,
    );
    expect(callback?.body).toMatchObject({ type: 6 });
  });
});
