/**
 * /deal with Claude configured: the short summary is Claude's (asked once per language and kept),
 * the figures and fact checks stay the fact sheet's; when Claude cannot write it, the fact
 * sheet's summary is shown, without a notice.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUMMARY_REQUEST } from "../../src/answer/claude/summary.ts";
import { summarize } from "../../src/answer/shared/summary.ts";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import type { FakeMessage } from "../fakes/discord-fake.ts";
import { citedReply, OVERLOADED } from "../helpers/claude-replies.ts";
import { knowledgeDir } from "../helpers/paths.ts";
import { waitFor } from "../helpers/wait.ts";
import { type BotWithClaude, startBotWithClaude } from "./claude-world.ts";
import { expectAllAccepted, expectNoPings } from "./expectations.ts";

const knowledge = loadKnowledge(knowledgeDir);

interface Embed {
  description: string;
  fields: { name: string; value: string }[];
  footer: { text: string };
}

const embedOf = (message: FakeMessage) => message.embeds[0] as Embed;

let world: BotWithClaude;
beforeAll(async () => {
  world = await startBotWithClaude();
});
afterAll(async () => {
  if (!world) return;
  expectNoPings(world.fake);
  expectAllAccepted(world.fake);
  await world.stop();
});

describe("/deal's summary", () => {
  it("is Claude's when Claude answers, asked once and kept; the figures stay the fact sheet's", async () => {
    const { fake, claude } = world;
    const written =
      "Microsoft and NVIDIA promise to invest in Anthropic, which buys Azure capacity in return. " +
      "The fact sheet corrects the article's headline [figure](https://example.invalid/x).";
    // Claude answers only once both have been acknowledged: two at once share the one call.
    let answerNow = () => {};
    const held = new Promise<void>((resolve) => {
      answerNow = resolve;
    });
    claude.enqueue(citedReply(written, { startAfter: held }));
    const asked = [
      fake.slashCommand("deal"),
      fake.slashCommand("deal", {}, { user: fake.user("fay") }),
    ];
    for (const interaction of asked) {
      await fake.waitForCall((call) => call.params.interactionId === interaction.id);
    }
    await waitFor(() => claude.requests.length > 0, "the summary is asked of Claude");
    answerNow();
    const [first, second] = (await Promise.all(
      asked.map((interaction) => fake.waitForResponse(interaction)),
    )) as [FakeMessage, FakeMessage];
    for (const message of [first, second]) {
      const embed = embedOf(message);
      expect(embed.description).toMatch(/^Microsoft and NVIDIA promise to invest/);
      // Model text shows as text: no masked link, no link preview.
      expect(embed.description).toContain("\\[figure\\](<https://example.invalid/x>)");
      expect(embed.footer.text).toContain("summary written by Claude");
      const figures = summarize(knowledge, "en").items.filter((item) => item.figure);
      for (const item of figures) {
        expect(embed.fields).toContainEqual(
          expect.objectContaining({ name: item.label, value: `**${item.figure}**` }),
        );
      }
    }
    expect(claude.requests).toHaveLength(1);
    const question = claude.requests[0]?.body.messages.at(-1).content as { text?: string }[];
    expect(question.slice(-2).map((block) => block.text)).toEqual([
      "Answer in English.",
      SUMMARY_REQUEST,
    ]);
    // Later calls cost nothing.
    const third = await fake.waitForResponse(fake.slashCommand("deal", { language: "en" }));
    expect(embedOf(third).description).toBe(embedOf(first).description);
    expect(claude.requests).toHaveLength(1);
  });

  it("is the fact sheet's, quietly, when Claude cannot write it; Claude is not asked again at once", async () => {
    const { fake, claude } = world;
    claude.setHandler(() => OVERLOADED);
    const before = claude.requests.length;
    const korean = await fake.waitForResponse(fake.slashCommand("deal", {}, { locale: "ko" }));
    const embed = embedOf(korean);
    expect(embed.description).toBe(summarize(knowledge, "ko").text);
    expect(embed.footer.text).not.toContain("Claude");
    expect(korean.content).toBe("");
    expect(JSON.stringify(korean.embeds)).not.toContain("⚠️ Claude");
    const asked = claude.requests.length - before;
    expect(asked).toBeGreaterThanOrEqual(1);

    const again = await fake.waitForResponse(fake.slashCommand("deal", {}, { locale: "ko" }));
    expect(embedOf(again).description).toBe(summarize(knowledge, "ko").text);
    expect(claude.requests.length - before).toBe(asked);
    claude.reset();
  });
});
