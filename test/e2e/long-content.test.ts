/**
 * Content bigger than one Discord message or embed, from a knowledge folder grown on purpose
 * (more flows, more key facts, a very long topic): split under 2,000 characters without cutting
 * quotes, embeds trimmed within Discord's limits, and Discord (the fake) accepts all of it.
 */
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import { knowledgeCopy } from "../helpers/knowledge-copy.ts";
import { expectAllAccepted, expectNoPings } from "./expectations.ts";
import { type BotUnderTest, startBotAgainstFake } from "./harness.ts";

const LIMIT = 2000;
let world: BotUnderTest;
let dir: string;

beforeAll(async () => {
  dir = knowledgeCopy({
    "manifest.json": (manifest) => {
      const topic = manifest.topic as { en: string; ko: string };
      topic.en = `${topic.en}${", with all its partners, clouds, chips and commitments".repeat(36)}`;
    },
    "flows.json": (file) => {
      const flows = file.flows as { id: string; what: { ko: string; en: string } }[];
      const extra = Array.from({ length: 14 }, (_, index) => {
        const base = flows[index % flows.length] as (typeof flows)[number];
        return {
          ...base,
          id: `${base.id}-again-${index}`,
          what: {
            ko: `${base.what.ko} (${index + 2}차)`,
            en: `${base.what.en} (round ${index + 2})`,
          },
        };
      });
      file.flows = [...flows, ...extra];
    },
    "facts.json": (file) => {
      const facts = file.facts as Record<string, unknown>[];
      for (let index = 0; index < 30; index += 1) {
        facts.push({
          id: `extra-figure-${index}`,
          kind: "figure",
          key: true,
          label: {
            ko: `추가 수치 ${index} ${"가".repeat(150)}`,
            en: `Extra figure ${index} ${"x".repeat(150)}`,
          },
          statement: { ko: `추가 수치 ${index}입니다.`, en: `Extra figure ${index}.` },
          figure: { value: (index + 1) * 1e9, unit: "USD", qualifiers: [] },
          sources: ["microsoft-blog"],
        });
      }
    },
  });
  world = await startBotAgainstFake({ environment: { KNOWLEDGE_DIR: dir } });
});

afterAll(async () => {
  if (world) {
    expectNoPings(world.fake);
    expectAllAccepted(world.fake);
    await world.stop();
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("long content", () => {
  it("splits a long answer to a mention into replies under 2,000 characters, chained", async () => {
    const { fake } = world;
    const question = fake.say(`${fake.botMention} What is the weather in Seoul tomorrow?`);
    await world.waitForLog(
      (line) => line.msg === "question answered" && line.messageId === question.id,
    );
    const pieces = fake.replyChainOf(question);
    expect(pieces).toHaveLength(2);
    for (const piece of pieces) expect(piece.content.length).toBeLessThanOrEqual(LIMIT);
    expect(pieces[1]?.message_reference?.message_id).toBe(pieces[0]?.id);
    // Buttons come once, under the last piece.
    expect(pieces[0]?.components).toEqual([]);
    expect(pieces.at(-1)?.components).toHaveLength(1);
    const topic = loadKnowledge(dir).manifest.topic.en;
    expect(pieces.map((piece) => piece.content).join(" ")).toContain(topic.slice(-200));
  });

  it("splits /who-pays-whom into follow-ups, the diagram on the first, no quote cut", async () => {
    const { fake } = world;
    const knowledge = loadKnowledge(dir);
    const interaction = fake.slashCommand("who-pays-whom");
    await world.waitForLog(
      (line) => line.msg === "command finished" && line.interactionId === interaction.id,
    );
    const followUps = fake
      .callsOf(interaction)
      .filter((call) => call.route === "POST /webhooks/:applicationId/:token");
    expect(followUps.length).toBeGreaterThanOrEqual(1);
    const sends = fake
      .callsOf(interaction)
      .filter((call) => call.method === "PATCH" || call.method === "POST")
      .filter((call) => !call.route.endsWith("/callback"));
    expect(sends[0]?.files).toHaveLength(1);
    expect(followUps.every((call) => call.files.length === 0)).toBe(true);
    const contents = sends.map((call) => String(call.body?.content ?? ""));
    for (const content of contents) expect(content.length).toBeLessThanOrEqual(LIMIT);
    const quotes = contents.flatMap((content) =>
      content.split("\n").filter((line) => line.startsWith("> ") && !line.startsWith("> *")),
    );
    expect(quotes.length).toBeGreaterThan(3);
    for (const quote of quotes) expect(knowledge.article.text).toContain(quote.slice(2));
    const all = contents.join("\n");
    knowledge.flows.flows.forEach((_, index) => {
      expect(all).toContain(`**${index + 1}.**`);
    });
  });

  it("keeps the /deal embed within Discord's limits (25 fields, 6,000 characters)", async () => {
    const message = await world.fake.waitForResponse(world.fake.slashCommand("deal"));
    const embed = message.embeds[0] as {
      title: string;
      description: string;
      fields: { name: string; value: string }[];
      footer: { text: string };
    };
    expect(embed.fields.length).toBeLessThanOrEqual(25);
    const total =
      embed.title.length +
      embed.description.length +
      embed.footer.text.length +
      embed.fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
    expect(total).toBeLessThanOrEqual(6000);
    for (const field of embed.fields) expect(field.name.length).toBeLessThanOrEqual(256);
  });
});
