import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import { knowledgeDir } from "../helpers/paths.ts";
import { pngSize } from "../helpers/png.ts";
import { acknowledgement } from "./expectations.ts";
import { useBotAgainstFake } from "./harness.ts";

const knowledge = loadKnowledge(knowledgeDir);
const EPHEMERAL = 1 << 6;

const world = useBotAgainstFake();

describe("slash commands against the fake Discord", () => {
  it("logs its tag, guild count, answer mode and model at start-up", () => {
    const ready = world.logs.find((line) => line.msg === "Discord bot ready");
    expect(ready).toMatchObject({
      tag: `${world.fake.bot.username}#${world.fake.bot.discriminator}`,
      guilds: 1,
      answerMode: "fallback",
      model: "none",
    });
    expect(ready?.commands).toEqual(expect.arrayContaining(["ask", "deal", "who-pays-whom"]));
  });

  it("/deal: deferred at once, then one embed of key figures, summary and fact check", async () => {
    const interaction = world.fake.slashCommand("deal");
    const message = await world.fake.waitForResponse(interaction);
    expect(acknowledgement(interaction)).toBe(5);
    const [ack] = world.fake.callsOf(interaction);
    expect(ack?.route).toBe("POST /interactions/:interactionId/:token/callback");
    expect(ack?.body).toMatchObject({ type: 5 });

    const embed = message.embeds[0] as {
      title: string;
      description: string;
      fields: { name: string; value: string }[];
    };
    expect(message.embeds).toHaveLength(1);
    expect(embed.title).toBe(knowledge.manifest.summaryTitle.en);
    const keyFigures = knowledge.facts.filter(
      (fact) => fact.key && fact.figure && fact.kind !== "correction",
    );
    for (const fact of keyFigures) {
      expect(embed.fields.map((field) => field.name)).toContain(fact.label.en);
    }
    const factCheck = embed.fields.find((field) => field.name.includes("Fact check"));
    const correction = knowledge.facts.find((fact) => fact.key && fact.kind === "correction");
    expect(factCheck?.value).toContain(correction?.statement.en);
    const edit = world.fake.callsOf(interaction).find((call) => call.method === "PATCH");
    expect(edit?.rawPath).toContain("/messages/%40original");
  });

  it("/deal speaks Korean to a Korean locale, and the language option wins over the locale", async () => {
    const korean = await world.fake.waitForResponse(
      world.fake.slashCommand("deal", {}, { locale: "ko" }),
    );
    expect((korean.embeds[0] as { title: string }).title).toBe(knowledge.manifest.summaryTitle.ko);
    const english = await world.fake.waitForResponse(
      world.fake.slashCommand("deal", { language: "en" }, { locale: "ko" }),
    );
    expect((english.embeds[0] as { title: string }).title).toBe(knowledge.manifest.summaryTitle.en);
  });

  it("/who-pays-whom: a real PNG diagram attached to the step-by-step explanation", async () => {
    const interaction = world.fake.slashCommand("who-pays-whom");
    const message = await world.fake.waitForResponse(interaction);
    expect(acknowledgement(interaction)).toBe(5);
    const upload = world.fake.callsOf(interaction).find((call) => call.files.length > 0);
    expect(upload?.contentType).toMatch(/^multipart\/form-data/);
    const file = upload?.files[0];
    expect(file?.name).toBe("who-pays-whom.png");
    expect(pngSize(file?.data ?? Buffer.alloc(0))).toEqual({ width: 1400, height: 1120 });
    expect(file?.data.length).toBeGreaterThan(50_000);
    expect(file?.data.length).toBeLessThan(2_000_000);
    expect(message.attachments[0]?.description).toContain("Microsoft");

    knowledge.flows.flows.forEach((_, index) => {
      expect(message.content).toContain(`**${index + 1}.**`);
    });
    expect(message.content).toMatch(/^> .+/m);
    expect(message.content).toContain("↻");
  });

  it("/who-pays-whom in Korean, focused on one company", async () => {
    const message = await world.fake.waitForResponse(
      world.fake.slashCommand("who-pays-whom", { company: "nvidia" }, { locale: "ko" }),
    );
    expect(message.content).toContain("엔비디아 관련 흐름");
    expect(message.attachments[0]?.description).toContain("엔비디아");
    const lines = message.content.split("\n").filter((line) => line.startsWith("**"));
    for (const line of lines.filter((entry) => /^\*\*\d+\.\*\*/.test(entry))) {
      expect(line).toContain("엔비디아");
    }
  });

  it("/ask answers publicly with the sources line and buttons", async () => {
    const interaction = world.fake.slashCommand("ask", {
      question: "How much is NVIDIA investing?",
    });
    const message = await world.fake.waitForResponse(interaction);
    expect(acknowledgement(interaction)).toBe(5);
    expect(message.flags & EPHEMERAL).toBe(0);
    expect(message.content).toContain("$10 billion");
    expect(message.content).toMatch(/^-# 📖 .+/m);
    expect(message.content).toContain("no AI");
    const buttons = (message.components[0] as { components: { custom_id: string }[] }).components;
    expect(buttons.map((button) => button.custom_id.split(":")[0])).toEqual([
      "sources",
      "feedback",
      "feedback",
    ]);
  });

  it("/ask private:true is ephemeral from the deferral on", async () => {
    const interaction = world.fake.slashCommand("ask", {
      question: "마이크로소프트는 얼마를 투자했나요?",
      private: true,
    });
    const message = await world.fake.waitForResponse(interaction);
    expect(world.fake.callsOf(interaction)[0]?.body).toMatchObject({
      type: 5,
      data: { flags: EPHEMERAL },
    });
    expect(message.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(message.content).toContain("50억 달러");
  });

  it("/ask with an off-topic question says what the bot can answer", async () => {
    const message = await world.fake.waitForResponse(
      world.fake.slashCommand("ask", { question: "What is the weather in Seoul tomorrow?" }),
    );
    expect(message.content).toContain(knowledge.manifest.topic.en);
    expect(message.content).toContain("/deal");
  });

  it("/ask refuses an over-long question with a clear message", async () => {
    const message = await world.fake.waitForResponse(
      world.fake.slashCommand("ask", { question: `How much ${"really ".repeat(120)}?` }),
    );
    expect(message.content).toMatch(/too long .*500/);
  });
});
