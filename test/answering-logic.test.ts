/**
 * The deterministic answerer's decisions: entity and relation checks, confirmations, questions
 * of several parts, questions about the article itself, money in both directions. Each test
 * fails when its mechanism breaks (not one question: each uses several phrasings).
 */
import { describe, expect, it } from "vitest";
import { systemPrompt } from "../src/answer/claude/prompt.ts";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { isConfirmation } from "../src/answer/fallback/confirm.ts";
import { splitQuestion } from "../src/answer/fallback/question-shape.ts";
import type { Answer } from "../src/answer/types.ts";
import { firstSentence, gradeRow, parseRows } from "../src/eval/evaluate.ts";
import { foldSpace, loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const knowledge = loadKnowledge(knowledgeDir);
const index = buildKnowledgeIndex(knowledge);
const ask = (question: string) => answerFromKnowledge(index, question);

function expectVerbatimQuotes(answer: Answer): void {
  const article = foldSpace(knowledge.article.text);
  for (const citation of answer.citations) expect(article).toContain(foldSpace(citation.quote));
}

describe("facts carry subject and relation", () => {
  it("every fact names a subject and a relation the facts file defines", () => {
    const relations = new Set(knowledge.scope.relations.map((relation) => relation.id));
    for (const fact of knowledge.facts) {
      expect(fact.subject.length, fact.id).toBeGreaterThan(0);
      expect(relations.has(fact.relation ?? ""), fact.id).toBe(true);
    }
  });
});

describe("entities and relations the knowledge does not cover", () => {
  it.each([
    ["What's OpenAI's valuation?", /^The article doesn't cover OpenAI's valuation\./],
    ["오픈AI 기업가치는 얼마야?", /^기사는 오픈AI의 기업가치에 대해서는 다루지 않아요\./],
    ["What did Google invest in Anthropic?", /^The article doesn't cover Google's investment\./],
    ["아마존 투자 금액은?", /^기사는 아마존의 투자에 대해서는 다루지 않아요\./],
    ["What's the Oracle and OpenAI contract worth?", /Oracle/],
    ["What did SoftBank put into OpenAI?", /SoftBank/],
    ["Mistral got how much from Microsoft?", /Mistral/],
  ])("%s: abstains, naming what is not covered", (question, named) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(true);
    expect(answer.citations).toEqual([]);
    expect(answer.text).toMatch(named);
  });

  it("names what is covered of the same kind, without stating the other entity's figure", () => {
    const answer = ask("What's OpenAI's valuation?");
    expect(answer.text).toMatch(/What it does cover: Anthropic's valuation\./);
    expect(answer.text).not.toMatch(/350/);
  });

  it.each([
    ["What's NVIDIA's market share in AI chips?", /market share/],
    ["마이크로소프트 매출은 얼마야?", /매출/],
    ["How many employees does Anthropic have?", /headcount/],
    ["앤트로픽 CEO가 누구야?", /CEO/],
    ["오픈AI CEO가 누구야?", /CEO/],
  ])("%s: a known entity, a relation the knowledge lacks: abstains", (question, named) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(named);
  });

  it("an amount asked for two parties whose fact has none: not covered, the fact said", () => {
    const answer = ask("How much did Microsoft pay for OpenAI shares?");
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/largest investor/);
    expect(ask("Is Microsoft OpenAI's biggest investor?").abstained).toBe(false);
  });

  it("a capitalised word that names a relation is what is asked, not a company", () => {
    expect(ask("When will Anthropic IPO?").text).toMatch(
      /^The article doesn't cover Anthropic's IPO/,
    );
  });

  it("answers the same relation for the entity it covers", () => {
    expect(ask("마이크로소프트 CEO는 누구야?").text).toMatch(/나델라/);
    expect(ask("Is Microsoft still OpenAI's partner?").abstained).toBe(false);
    expect(ask("Does Claude run on Google Cloud?").abstained).toBe(false);
  });

  it("a capitalised word one letter from a known word is a typo, not a company", () => {
    const answer = ask("Grace Blackwel and Vera Rubn compute size?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/gigawatt|GW/);
  });
});

describe("confirmations", () => {
  it.each([
    ["NVIDIA put in 10 billion and Microsoft 5, right?", /^Yes\b/, /\$10 billion/],
    ["NVIDIA invested 5 billion and Microsoft 10, right?", /^No\b/, /\$10 billion/],
    ["엔비디아 15bn 맞지?", /^아니에요/, /100억 달러/],
    ["마이크로소프트가 50억 달러 투자한 거 맞아?", /^맞아요/, /50억 달러/],
    ["Is it true Microsoft and NVIDIA invested $30 billion?", /^No\b/, /\$15 billion/],
    ["The compute deal is 2 gigawatts, right?", /^No\b/, /1 gigawatt/],
    ["앤트로픽 몸값 5000억 달러 맞아?", /^아니에요/, /3500억 달러/],
    ["Foundry gets Opus 4.5, right?", /^No\b/, /Opus 4\.1/],
    ["Was it announced at Build?", /^No\b/, /Ignite/],
    ["Was it announced on November 18?", /^Yes\b/, /18 November/],
  ])("%s: yes or no first, with the right figure or name", (question, verdict, figure) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    const first = firstSentence(answer.text);
    expect(first).toMatch(verdict);
    expect(first).toMatch(figure);
    expectVerbatimQuotes(answer);
  });

  it("money claimed the wrong way round is a no that says so", () => {
    expect(firstSentence(ask("Does Microsoft pay Anthropic $30B?").text)).toMatch(
      /^No, the money goes the other way/,
    );
  });

  it("says whose figure the claimed one is", () => {
    expect(ask("So Microsoft is investing 10 billion?").text).toMatch(/\$10 billion is the/);
  });

  it("a comparison or a choice is not a confirmation", () => {
    expect(isConfirmation("is this an equity investment or a loan?")).toBe(false);
    expect(ask("Is Microsoft's stake bigger than NVIDIA's?").text).not.toMatch(/^Yes/);
  });
});

describe("questions of several parts", () => {
  it("splits on conjunctions, not on names joined by 'and' / '랑'", () => {
    expect(splitQuestion("When was it announced, and what is Anthropic worth now?")).toHaveLength(
      2,
    );
    expect(splitQuestion("NVIDIA 투자액이랑 하드웨어 이름")).toEqual([
      "NVIDIA 투자액이랑",
      "하드웨어 이름",
    ]);
    expect(splitQuestion("Did Microsoft and NVIDIA invest?")).toHaveLength(1);
    expect(ask("MS랑 엔비디아 합쳐서 얼마 투자함?").text).toMatch(/150억/);
  });

  it("answers every part, each with its figure", () => {
    const english = ask("When was it announced, and what is Anthropic worth now?");
    expect(english.abstained).toBe(false);
    expect(english.text).toMatch(/18 November 2025/);
    expect(english.text).toMatch(/\$350 billion/);
    const korean = ask("NVIDIA 투자액이랑 하드웨어 이름");
    expect(korean.text).toMatch(/100억/);
    expect(korean.text).toMatch(/Grace Blackwell/);
    expectVerbatimQuotes(korean);
  });

  it("says which part is not covered", () => {
    const answer = ask("What did Microsoft invest, and what did Google invest?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/\$5 billion/);
    expect(answer.text).toMatch(/doesn't cover Google's investment/);
  });
});

describe("questions about the article itself", () => {
  it.each([
    "Does the article get anything wrong?",
    "기사에 틀린 내용 있어?",
    "Is the article accurate?",
  ])("%s: the fact checks", (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/\$15 billion|150억/);
    expect(answer.text).toMatch(/Foundry/);
  });

  it.each(["What is the author worried about?", "글쓴이가 걱정하는 게 뭐야?"])(
    "%s: the critical passage",
    (question) => {
      const answer = ask(question);
      expect(answer.abstained).toBe(false);
      expect(answer.citations.map((c) => c.quote).join(" ")).toMatch(/투명성/);
    },
  );

  it.each(["Who wrote this?", "기사 작성자가 누구야?", "When was this article published?"])(
    "%s: not covered",
    (question) => {
      expect(ask(question).abstained).toBe(true);
    },
  );
});

describe("which way the money goes", () => {
  it.each([
    "Does Anthropic receive money from Microsoft or pay it?",
    "앤트로픽은 마이크로소프트한테 돈을 받는 거야 주는 거야?",
  ])("%s: both directions in the first sentence", (question) => {
    const first = firstSentence(ask(question).text);
    expect(first).toMatch(/\$5 billion|50억/);
    expect(first).toMatch(/\$30 billion|300억/);
  });

  it("does A pay B?: the flows between the two, both ways", () => {
    for (const question of [
      "앤트로픽이 엔비디아한테 돈 내?",
      "so anthropic pays nvidia directly?",
    ]) {
      const first = firstSentence(ask(question).text);
      expect(first, question).toMatch(/1 GW|1기가와트/);
      expect(first, question).toMatch(/\$10 billion|100억/);
    }
  });

  it("why a company funds its own customer: that company's motive", () => {
    const answer = ask("Why would NVIDIA fund its own customer?");
    expect(answer.text).toMatch(/demand|ecosystem/);
  });

  it("who pays whom: every flow with its figure", () => {
    const answer = ask("Who pays whom in this deal?");
    expect(answer.text).toMatch(/\$30 billion/);
    expect(answer.text).toMatch(/\$10 billion/);
  });
});

describe("advice and empty questions", () => {
  it.each(["MSFT 지금 풀매수?", "Should I buy NVDA after this news?"])("%s: turned away", (q) => {
    expect(ask(q).abstained).toBe(true);
  });

  it("a question with no words abstains with the hint", () => {
    const answer = ask("🤔🤔");
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/Ask me a question about/);
  });
});

describe("the eval's lead groups", () => {
  it("must match within the first sentence", () => {
    const [row] = parseRows(
      JSON.stringify({ id: "x", q: "q", kind: "answer", expect: [["$5"]], lead: [["yes"]] }),
    );
    if (!row) throw new Error("no row");
    const answer = (text: string): Answer => ({
      mode: "fallback",
      language: "en",
      abstained: false,
      text,
      citations: [],
      sources: [],
    });
    expect(gradeRow(row, answer("Yes: up to $5 billion. More."), "").passed).toBe(true);
    expect(gradeRow(row, answer("Up to $5 billion. Yes, really."), "").passed).toBe(false);
    expect(firstSentence("Claude Opus 4.1 and 4.5. Next")).toBe("Claude Opus 4.1 and 4.5.");
  });
});

describe("the Claude path gets the same rules", () => {
  it("names the entity it has no fact for and answers confirmations yes or no first", () => {
    const prompt = systemPrompt(knowledge.manifest);
    expect(prompt).toMatch(/never answer with a fact about a different entity/);
    expect(prompt).toMatch(/begin with yes or no/);
    expect(prompt).toMatch(/answer each part/);
  });
});
