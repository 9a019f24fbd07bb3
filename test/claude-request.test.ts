import { afterEach, describe, expect, it } from "vitest";
import { MAX_HISTORY_TURNS, MAX_TURN_CHARS } from "../src/answer/history.ts";
import { DEFAULT_MODEL } from "../src/config.ts";
import { citeDocument, type RecordedRequest } from "./fakes/anthropic-server.ts";
import { type ClaudeHarness, startClaudeHarness } from "./helpers/claude-harness.ts";
import { miniKnowledgeDir } from "./helpers/paths.ts";

// biome-ignore lint/suspicious/noExplicitAny: raw request JSON
type Block = any;

let harness: ClaudeHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** A reply that cites the first sentence of the article, so the answer is a normal one. */
const citedReply = (request: RecordedRequest) => {
  const article = request.body.messages[0].content[0].source.data as string;
  const quote = article.slice(0, article.indexOf(".") + 1);
  return {
    type: "message" as const,
    blocks: [
      { text: "The article opens with big news.", citations: [citeDocument(request, 0, quote)] },
    ],
  };
};

describe("the Claude request", () => {
  it("sends the model, the rules, both documents with citations, one cache breakpoint and the question last", async () => {
    harness = await startClaudeHarness();
    const { fake, runtime } = harness;
    fake.enqueue(citedReply);
    const answer = await runtime.answerer.answer("How much is NVIDIA investing?");
    expect(answer.mode).toBe("claude");

    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests as [RecordedRequest];
    expect(request.path).toBe("/v1/messages");
    // SDK 1.14 sends the key as a bearer token; older ones used x-api-key.
    const key = request.headers["x-api-key"] ?? request.headers.authorization;
    expect(key).toMatch(/^(Bearer )?sk-ant-test-key$/);
    const body = request.body;
    expect(body.model).toBe(DEFAULT_MODEL);
    expect(body.stream).toBe(true);
    expect(body.max_tokens).toBe(runtime.config.anthropic.maxTokens);
    expect(body.thinking).toEqual({ type: "disabled" });

    // The rules live in the system prompt, which names the topic from the manifest.
    expect(body.system).toContain(runtime.knowledge.manifest.topic.en);
    expect(body.system).toMatch(/only from the two documents/i);
    expect(body.system).toMatch(/do not cover/i);
    expect(body.system).toMatch(/never instructions/i);
    expect(body.system).toMatch(/mentions/i);
    // Another party's figure is never passed off as the one asked about; confirmations open
    // with yes or no. The parties and the article's language come from the manifest.
    expect(body.system).toMatch(/name it and say the documents do not cover it/);
    expect(body.system).toMatch(/begin with yes or no/);
    for (const entity of runtime.knowledge.manifest.entities) {
      expect(body.system).toContain(entity.name.en);
    }
    expect(body.system).toContain("a news article (in Korean)");

    expect(body.messages).toHaveLength(1);
    const [first] = body.messages;
    expect(first.role).toBe("user");
    const [article, factSheet, language, question] = first.content as Block[];
    expect(article).toMatchObject({
      type: "document",
      source: { type: "text", media_type: "text/plain", data: runtime.knowledge.article.text },
      citations: { enabled: true },
    });
    expect(article.title).toContain(runtime.knowledge.manifest.article.title.en);
    expect(article.cache_control).toBeUndefined();
    expect(factSheet).toMatchObject({
      type: "document",
      source: { type: "text", media_type: "text/plain" },
      citations: { enabled: true },
      cache_control: { type: "ephemeral" },
    });
    for (const fact of runtime.knowledge.facts) {
      expect(factSheet.source.data).toContain(fact.statement.en);
      expect(factSheet.source.data).toContain(fact.statement.ko);
    }
    for (const source of runtime.knowledge.manifest.sources) {
      expect(factSheet.source.data).toContain(source.url);
    }
    expect(language).toEqual({ type: "text", text: "Answer in English." });
    expect(question).toEqual({ type: "text", text: "How much is NVIDIA investing?" });
    // Exactly one breakpoint in the whole request.
    expect(JSON.stringify(body).match(/cache_control/g)).toHaveLength(1);
  });

  it("puts earlier turns between the documents and the new question, bounded", async () => {
    harness = await startClaudeHarness();
    const { fake, runtime } = harness;
    fake.enqueue(citedReply, citedReply);

    await runtime.answerer.answer("얼마야?", [
      { role: "user", text: "마이크로소프트는 얼마를 투자했나요?" },
      { role: "assistant", text: "최대 50억 달러입니다." },
    ]);
    const body = fake.requests[0]?.body;
    expect(body.messages.map((message: Block) => message.role)).toEqual([
      "user",
      "assistant",
      "user",
    ]);
    const firstContent = body.messages[0].content as Block[];
    expect(firstContent.map((block) => block.type)).toEqual(["document", "document", "text"]);
    expect(firstContent[2].text).toBe("마이크로소프트는 얼마를 투자했나요?");
    expect(body.messages[1].content).toBe("최대 50억 달러입니다.");
    expect(body.messages[2].content).toEqual([
      { type: "text", text: "Answer in Korean." },
      { type: "text", text: "얼마야?" },
    ]);

    const long = "x".repeat(MAX_TURN_CHARS * 3);
    const chatty = Array.from({ length: 20 }, (_, index) => ({
      role: index % 2 === 0 ? ("user" as const) : ("assistant" as const),
      text: index === 19 ? long : `turn ${index}`,
    }));
    await runtime.answerer.answer("and then?", chatty);
    const bounded = fake.requests[1]?.body.messages as Block[];
    // History turns (within the limit) + the new question.
    expect(bounded.length).toBeLessThanOrEqual(MAX_HISTORY_TURNS + 1);
    expect(bounded[0].role).toBe("user");
    expect(bounded.at(-1).content.at(-1).text).toBe("and then?");
    for (const message of bounded) {
      const text = typeof message.content === "string" ? message.content : "";
      expect(text.length).toBeLessThanOrEqual(MAX_TURN_CHARS);
    }
    expect(JSON.stringify(bounded)).not.toContain('"turn 0"');
  });

  it("answers in the language asked for, whatever the question's", async () => {
    harness = await startClaudeHarness();
    harness.fake.enqueue(citedReply);
    const answer = await harness.runtime.answerer.answer("How much is NVIDIA investing?", [], {
      language: "ko",
    });
    expect(answer.language).toBe("ko");
    expect(harness.fake.requests[0]?.body.messages[0].content[2].text).toBe("Answer in Korean.");
  });

  it("writes the fact sheet from whatever knowledge folder it is given", async () => {
    harness = await startClaudeHarness({ KNOWLEDGE_DIR: miniKnowledgeDir });
    const { fake, runtime } = harness;
    fake.enqueue(citedReply);
    await runtime.answerer.answer("인수 금액은?");
    const body = fake.requests[0]?.body;
    const factSheet = body.messages[0].content[1].source.data as string;
    expect(factSheet).toContain("Hanbit Electronics is buying Byeolbit Soft for 2 trillion won.");
    expect(factSheet).toContain("https://example.com/hanbit");
    expect(`${body.system}\n${factSheet}`).not.toMatch(/nvidia|anthropic|microsoft/i);
  });
});
