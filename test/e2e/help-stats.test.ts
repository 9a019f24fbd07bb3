/**
 * /help and /stats end to end: the real bot (with its SQLite store) against the fake Discord.
 * /help is private and says what the bot answers, in the user's language; /stats is for members
 * with Manage Server only (checked when it runs too), private, and shows this server's figures
 * for the last 7 days with a PNG chart, never a user id.
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import type { FakeMessage } from "../fakes/discord-fake.ts";
import { knowledgeDir } from "../helpers/paths.ts";
import { pngSize } from "../helpers/png.ts";
import { useBotAgainstFake } from "./harness.ts";

const knowledge = loadKnowledge(knowledgeDir);
const EPHEMERAL = 1 << 6;
/** Discord's permission bits, as strings. */
const MANAGE_GUILD = 1n << 5n;
const MEMBER_PERMISSIONS = String((1n << 10n) | (1n << 11n)); // View Channel, Send Messages

interface Embed {
  title: string;
  description: string;
  fields: { name: string; value: string }[];
  image?: { url: string };
  footer?: { text: string };
}

const world = useBotAgainstFake({
  fake: { guilds: 2 },
  environment: { STORE_RETENTION_DAYS: "30" },
});

function fieldsOf(message: FakeMessage): { embed: Embed; fields: Record<string, string> } {
  const embed = message.embeds[0] as Embed | undefined;
  if (!embed) throw new Error("no embed");
  return { embed, fields: Object.fromEntries(embed.fields.map((f) => [f.name, f.value])) };
}

async function run(
  name: string,
  from: { locale?: string; permissions?: string; guildIndex?: number } = {},
): Promise<FakeMessage> {
  const interaction = world.fake.slashCommand(
    name,
    {},
    {
      locale: from.locale ?? "en-US",
      channel: world.fake.channel(from.guildIndex ?? 0),
      ...(from.permissions === undefined ? {} : { permissions: from.permissions }),
    },
  );
  const message = await world.fake.waitForResponse(interaction);
  expect(message.flags & EPHEMERAL).toBe(EPHEMERAL);
  return message;
}

async function askByMention(question: string, guildIndex = 0): Promise<FakeMessage> {
  const message = world.fake.say(`${world.fake.botMention} ${question}`, {
    channel: world.fake.channel(guildIndex),
  });
  await world.fake.waitForMessages(() =>
    world.fake.repliesTo(message).some((reply) => reply.components.length > 0),
  );
  return world.fake.repliesTo(message).find((reply) => reply.components.length > 0) as FakeMessage;
}

describe("/help", () => {
  it("says what the bot answers, the commands, examples, follow-ups and what is stored", async () => {
    const { embed, fields } = fieldsOf(await run("help"));
    expect(embed.title).toBe(`How to use ${world.fake.bot.username}`);
    expect(embed.description).toContain(knowledge.manifest.topic.en);
    expect(embed.description).toContain("`/ask`");
    expect(fields.Commands).toMatch(/^`\/ask` /m);
    expect(fields.Commands).toMatch(/^`\/help` /m);
    expect(fields.Commands).toMatch(/^`\/stats` .*\(needs Manage Server\)$/m);
    expect(fields.Commands).not.toMatch(/^`\/ask` .*Manage Server/m);
    for (const example of knowledge.manifest.exampleQuestions.en.slice(0, 2)) {
      expect(fields["Try asking"]).toContain(example);
    }
    expect(fields["Follow-ups"]).toContain("**Reply** to one of my answers");
    expect(fields["What is stored"]).toBe(
      "Questions, answers and 👍/👎 votes are kept for 30 days. User ids are never stored as such (only a keyed hash).",
    );
  });

  it("speaks Korean to a Korean client, with the commands' Korean names", async () => {
    const { embed, fields } = fieldsOf(await run("help", { locale: "ko" }));
    expect(embed.title).toBe(`${world.fake.bot.username} 사용법`);
    expect(embed.description).toContain(knowledge.manifest.topic.ko);
    expect(fields.명령어).toMatch(/^`\/질문` /m);
    expect(fields.명령어).toMatch(/^`\/통계` .*\(서버 관리 권한 필요\)$/m);
    for (const example of knowledge.manifest.exampleQuestions.ko.slice(0, 2)) {
      expect(fields["이렇게 물어보세요"]).toContain(example);
    }
    expect(fields["저장되는 내용"]).toContain("30일 동안");
  });
});

describe("/stats", () => {
  it("is registered for Manage Server only, in servers only", () => {
    const registered = [...world.fake.rest.commands.values()]
      .flat()
      .find((command) => command.name === "stats") as
      | { default_member_permissions?: string; contexts?: number[] }
      | undefined;
    expect(registered?.default_member_permissions).toBe(String(MANAGE_GUILD));
    expect(registered?.contexts).toEqual([0]);
  });

  it("refuses a member without Manage Server, privately, with no figures", async () => {
    await askByMention("How much is NVIDIA investing?");
    const message = await run("stats", { permissions: MEMBER_PERMISSIONS });
    expect(message.content).toBe("This command is for members with the Manage Server permission.");
    expect(message.embeds).toHaveLength(0);
    expect(message.attachments).toHaveLength(0);
  });

  it("shows a manager this server's last 7 days with a PNG chart, never a user id", async () => {
    const answer = await askByMention("What is circular investment?");
    await askByMention("What is the weather on Mars?");
    // Another server's answers are not this server's figures.
    await askByMention("How much is Microsoft investing?", 1);
    const ids = (answer.components as { components: { custom_id: string }[] }[]).flatMap((row) =>
      row.components.map((button) => button.custom_id),
    );
    const down = ids.find((id) => id.startsWith("feedback:down:")) ?? "";
    const click = world.fake.clickButton(answer, down);
    await world.fake.waitForCalls((call) => call.params.interactionId === click.id, 1);
    await world.waitForLog((line) => line.msg === "feedback");
    await world.bot.store.flush();

    const message = await run("stats", {
      permissions: String(MANAGE_GUILD | BigInt(MEMBER_PERMISSIONS)),
    });
    const { embed, fields } = fieldsOf(message);
    expect(embed.title).toBe("Statistics, last 7 days");
    // The refused member's question above counts too: 3 answers in this server.
    expect(fields).toMatchObject({
      Answers: "3",
      "By mode": "Claude 0 · quoted 3",
      "Not covered": "1 (33.3%)",
      Feedback: "👍 0 · 👎 1",
      "Claude's share": "0%",
      "Why Claude was not used": "—",
    });
    expect(fields["Most asked questions the knowledge did not cover"]).toBe(
      "1. What is the weather on Mars? (1)",
    );
    expect(embed.image?.url).toBe("attachment://answers-per-day.png");
    expect(message.attachments).toHaveLength(1);
    const png = world.fake.calls
      .flatMap((call) => call.files)
      .find((file) => file.name === "answers-per-day.png");
    expect(png && pngSize(png.data)).toEqual({ width: 1000, height: 520 });

    const shown = JSON.stringify({ content: message.content, embeds: message.embeds });
    expect(shown).not.toContain(world.fake.user().id);
  });

  it("speaks Korean to a Korean manager", async () => {
    const { embed, fields } = fieldsOf(await run("stats", { locale: "ko" }));
    expect(embed.title).toBe("최근 7일 통계");
    expect(fields.답변).toBe("3");
    expect(fields.피드백).toBe("👍 0 · 👎 1");
  });
});
