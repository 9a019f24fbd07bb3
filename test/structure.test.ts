/** Questions about the article's layout (mix4): its headings in order. Phrasings not in any eval set. */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { asksForStructure } from "../src/answer/fallback/structure.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("the article's layout", () => {
  it("is asked by headings, or by layout words said of the article", () => {
    expect(asksForStructure("기사 목차 좀 알려줘")).toBe(true);
    expect(asksForStructure("how is this blog post organized?")).toBe(true);
    expect(asksForStructure("what's the structure of the deal?")).toBe(false);
    expect(asksForStructure("which section of the article talks about nvidia?")).toBe(false);
  });

  it("is not asked by a structure the deal has, said in a question about the article (parts10)", () => {
    expect(asksForStructure("does the blog post call the funding structure fragile?")).toBe(false);
    expect(asksForStructure("why does the article dislike the payment structure")).toBe(false);
    expect(asksForStructure("what is the article's structure?")).toBe(true);
    expect(asksForStructure("describe the overall structure of the post")).toBe(true);
  });

  it("is not asked by heading as a verb (where a market is heading)", () => {
    expect(asksForStructure("according to the post, where are chip prices heading?")).toBe(false);
    expect(asksForStructure("the article says the sector is heading for trouble?")).toBe(false);
    expect(asksForStructure("is the blog heading towards a gloomy conclusion")).toBe(false);
    expect(asksForStructure("what heading is the nvidia part under in the article?")).toBe(true);
    expect(asksForStructure("read me the article's headings")).toBe(true);
    expect(
      answerFromKnowledge(index, "Where does the article think the AI market is heading?").text,
    ).toMatch(/monopol/iu);
  });

  it("is answered with every heading, as written", () => {
    const answer = answerFromKnowledge(index, "list the subheadings please");
    const headings = index.knowledge.article.sections.flatMap((section) =>
      section.heading ? [section.heading] : [],
    );
    expect(answer.abstained).toBe(false);
    for (const heading of headings) expect(answer.text).toContain(heading);
  });
});

describe("the article's stance and what it leaves out", () => {
  const ask = (question: string) => answerFromKnowledge(index, question);

  it("answers a question on its stance with what the knowledge says of the article", () => {
    for (const question of [
      "Would you say the post is optimistic about all this?",
      "필자 시각은 긍정 쪽이야?",
      "what is the columnist's angle here",
      "글쓴이 태도가 어때?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/circular|순환/);
    }
  });

  it("answers what it leaves out with the facts no article sentence holds", () => {
    for (const question of ["Which facts does the blog post omit?", "이 글에서 누락된 사실은?"]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/Ignite/);
    }
  });

  it("leaves a word that only holds a stance word alone", () => {
    // 진입장벽 holds 입장; the question asks about barriers to entry.
    expect(ask("기사에 나온 진입장벽 문제 설명해줘").text).toMatch(/진입 ?장벽/);
    // A party named with a topic of its own: the question is about that, not the article's
    // stance. (A judgement of the party's investment itself, "the article's view of NVIDIA's
    // investment", is the stance since round fourteen: the investment is what is judged.)
    expect(ask("What does the article say about NVIDIA's investment?").text).toMatch(/10 billion/);
    expect(ask("What is the article's view of NVIDIA's reasons for investing?").text).toMatch(
      /NVIDIA/,
    );
    expect(ask("What is the article's view of NVIDIA's reasons for investing?").text).not.toMatch(
      /worry is the circular/,
    );
  });
});

describe("whether the article is wrong, in casual Korean", () => {
  it("gets the fact checks", () => {
    const answer = answerFromKnowledge(index, "이 기사 틀린 데 있음? 어디가 틀림?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/150억|300억/);
  });
});

describe("what the article is about, as a whole", () => {
  it("gets the summary", () => {
    for (const question of ["So what is this write-up about?", "이 글은 무슨 얘기야?"]) {
      const answer = answerFromKnowledge(index, question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/\$15 billion|150억|\$10 billion|100억/);
    }
  });

  it("leaves a topic inside the article to its own answer", () => {
    const answer = answerFromKnowledge(index, "기사에 나온 순환 투자는 무슨 내용이야?");
    expect(answer.text).toMatch(/순환/);
  });
});
