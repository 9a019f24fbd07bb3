import { describe, expect, it } from "vitest";
import { type AboutFacts, aboutMessage, formatDuration } from "../../src/render/discord-about.ts";

const facts: AboutFacts = {
  botName: "deal-bot",
  topic: { ko: "어떤 거래", en: "a deal" },
  answerMode: "claude",
  model: "claude-haiku-5-5",
  knowledgeVersion: "0123456789ab",
  uptimeSeconds: 2 * 3_600 + 5 * 60 + 9,
  stats: {
    questions: 1_234,
    claudeAnswers: 1_000,
    fallbackAnswers: 234,
    abstained: 10,
    limited: 200,
    inputTokens: 25_000,
    outputTokens: 40_000,
    cacheReadInputTokens: 4_000_000,
    cacheCreationInputTokens: 4_000,
  },
  claudeCalls: { active: 2, waiting: 1, peak: 4 },
  shards: { current: 1, inProcess: [1], total: 2 },
};

type Embed = { title: string; fields: { name: string; value: string }[]; footer: { text: string } };

function embedOf(message: ReturnType<typeof aboutMessage>): Embed {
  const [embed] = message.embeds ?? [];
  if (!embed) throw new Error("no embed");
  return embed as Embed;
}

function fieldsOf(message: ReturnType<typeof aboutMessage>): Record<string, string> {
  const embed = embedOf(message);
  return Object.fromEntries(embed.fields.map((field) => [field.name, field.value]));
}

describe("/about's embed", () => {
  it("shows mode, model, knowledge, uptime, questions, Claude's share and cache hits", () => {
    const message = aboutMessage(facts, "en");
    const embed = embedOf(message);
    expect(embed.title).toBe("About deal-bot");
    expect(fieldsOf(message)).toEqual({
      "Answer mode": "Claude",
      Model: "claude-haiku-5-5",
      "Knowledge version": "`0123456789ab`",
      Uptime: "2 h 5 min",
      "Questions answered": "1,234",
      "Answered by Claude": "81% (1,000)",
      "Quoted because of a limit": "200",
      "Cache-hit tokens": "4,000,000 (99.3% of input)",
      "Claude calls": "2 running · 1 waiting · 4 at most",
    });
    expect(embed.footer.text).toBe(
      "Shard 1 of 2 · figures of this process (shards 1) since it started",
    );
  });

  it("speaks Korean", () => {
    const message = aboutMessage(facts, "ko");
    expect(embedOf(message).title).toBe("deal-bot 정보");
    expect(fieldsOf(message)).toMatchObject({
      "답변 방식": "Claude",
      "가동 시간": "2시간 5분",
      "답변한 질문": "1,234",
      "캐시 적중 토큰": "4,000,000 (입력의 99.3%)",
    });
  });

  it("says there is no model and no share yet in deterministic mode before any question", () => {
    const idle: AboutFacts = {
      ...facts,
      answerMode: "fallback",
      model: undefined,
      uptimeSeconds: 3,
      stats: { ...facts.stats, questions: 0, claudeAnswers: 0, cacheReadInputTokens: 0 },
      claudeCalls: undefined,
    };
    const idleFacts = {
      ...idle,
      stats: { ...idle.stats, inputTokens: 0, cacheCreationInputTokens: 0 },
    };
    expect(fieldsOf(aboutMessage(idleFacts, "en"))).toMatchObject({
      "Answer mode": "quoted from the article (no AI)",
      Model: "none",
      Uptime: "3 s",
      "Answered by Claude": "—",
      "Cache-hit tokens": "0",
    });
    expect(fieldsOf(aboutMessage(idleFacts, "en"))).not.toHaveProperty("Claude calls");
  });
});

describe("formatDuration", () => {
  it("keeps the two largest units", () => {
    expect(formatDuration(0, "en")).toBe("0 s");
    expect(formatDuration(59.9, "en")).toBe("59 s");
    expect(formatDuration(3_600, "en")).toBe("1 h");
    expect(formatDuration(3 * 86_400 + 4 * 3_600 + 59, "en")).toBe("3 d 4 h");
    expect(formatDuration(3 * 86_400 + 4 * 3_600 + 59, "ko")).toBe("3일 4시간");
    expect(formatDuration(61, "ko")).toBe("1분 1초");
  });
});
