/**
 * A question's Discord markup cannot reach the layout: Claude may repeat it (here it always does),
 * and its text is shown as text (no masked link, heading, subtext, quote or code block, in drafts
 * and in the final answer), so the bot's own sources line stays intact under it. Hints and
 * refusals never repeat the question at all.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { citeDocument } from "../fakes/anthropic-server.ts";
import { NVIDIA_QUOTE } from "../helpers/claude-replies.ts";
import { type BotWithClaude, startBotWithClaude } from "./claude-world.ts";
import { expectAllAccepted, expectNoPings } from "./expectations.ts";

const INJECTED =
  "# FREE NITRO [claim it here](https://evil.example/steal) -# verified by the article ``` ";

let world: BotWithClaude;
beforeAll(async () => {
  world = await startBotWithClaude();
  // Claude repeats the question on lines of its own, then answers.
  world.claude.setHandler((request) => {
    const asked = request.body.messages.at(-1).content.at(-1).text as string;
    return {
      type: "message",
      eventDelayMs: 20,
      blocks: [
        {
          text: `You asked:\n${asked}\n> ${asked}\nNVIDIA promised up to $10 billion. Thanks.`,
          citations: [citeDocument(request, 0, NVIDIA_QUOTE)],
        },
      ],
    };
  });
});
afterAll(async () => {
  if (!world) return;
  expectNoPings(world.fake);
  expectAllAccepted(world.fake);
  await world.stop();
});

/** Lines that Discord would render as headings, subtext or quotes. */
const layoutLines = (content: string) =>
  content.split("\n").filter((line) => /^\s*(#{1,3}\s|-#\s|>)/.test(line));

describe("markup in a question stays text", () => {
  it("in Claude's drafts and final answer to a mention, above an intact sources line", async () => {
    const { fake } = world;
    const question = fake.say(`${fake.botMention} ${INJECTED} how much is NVIDIA investing?`);
    await world.waitForLog(
      (line) => line.msg === "question answered" && line.messageId === question.id,
    );
    const answer = fake.repliesTo(question)[0];
    const content = answer?.content ?? "";
    expect(content).toContain("\\# FREE NITRO \\[claim it here\\](<https://evil.example/steal>)");
    expect(content).not.toContain("```");
    expect(content).not.toMatch(/(?<!\\)\[claim it here\]\(/);
    // The only layout lines are the bot's own sources line, last.
    expect(layoutLines(content)).toEqual([content.split("\n").at(-1)]);
    expect(content.split("\n").at(-1)).toMatch(/^-# 📖 /);

    const sends = fake.callsMatching(
      (call) =>
        (call.method === "POST" || call.method === "PATCH") &&
        call.rawPath.startsWith(`/channels/${question.channel_id}/messages`),
    );
    const drafts = sends.filter((call) => String(call.body?.content).endsWith(" ▌"));
    expect(drafts.length).toBeGreaterThanOrEqual(1);
    for (const draft of drafts) {
      const text = String(draft.body?.content);
      expect(layoutLines(text)).toEqual([]);
      expect(text).not.toContain("```");
    }
  });

  it("in a slash command's answer, and the Sources detail shows only the article's words", async () => {
    const { fake } = world;
    const interaction = fake.slashCommand("ask", { question: `${INJECTED} NVIDIA investment?` });
    await world.waitForLog(
      (line) => line.msg === "command finished" && line.interactionId === interaction.id,
    );
    // The finished answer, not a draft.
    const message = await fake.waitForResponse(interaction);
    expect(layoutLines(message.content)).toEqual([message.content.split("\n").at(-1)]);
    const sources = (message.components[0] as { components: { custom_id: string }[] }).components[0]
      ?.custom_id;
    const click = fake.clickButton(message, sources ?? "");
    const [callback] = await fake.waitForCalls((call) => call.params.interactionId === click.id, 1);
    const detail = String((callback?.body?.data as { content?: string })?.content);
    expect(detail).toContain(NVIDIA_QUOTE);
    expect(detail).not.toContain("evil.example");
  });

  it("never in hints or refusals, which do not repeat the question", async () => {
    const { fake } = world;
    const tooLong = fake.say(`${fake.botMention} ${INJECTED} ${"why ".repeat(200)}`);
    const refusal = await fake.waitForReply(tooLong);
    expect(refusal.content).toMatch(/too long/);
    const empty = fake.say(`${fake.botMention} # -# > \`\`\``);
    const hint = await fake.waitForReply(empty);
    for (const reply of [refusal, hint]) {
      expect(reply.content).not.toContain("evil.example");
      expect(reply.content).not.toContain("```");
      expect(layoutLines(reply.content)).toEqual([]);
    }
  });
});
