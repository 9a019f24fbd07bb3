/**
 * entity18b: another company's product claimed in the slot the facts fill (what the compute runs
 * on), said with the thing that runs on it as the subject ("the new compute runs on X"), with a
 * Korean "X로" after the thing, or with a polite "~해도 되죠?" (not "too"): a no with the systems
 * the fact names. A verb that runs on it ("train on TPUs") names no slot and stays turned away.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);
const lead = (question: string) => firstSentence(answer(question).text);

describe("an outside product in the slot the facts fill", () => {
  it("is a no when the thing that runs on it is the subject", () => {
    expect(lead("my boss says the added capacity runs on Trainium, right?")).toMatch(/^No/);
    expect(lead("the new compute is built with Intel Gaudi, correct?")).toMatch(/^No/);
    expect(lead("Anthropic's extra compute uses AMD accelerators, yeah?")).toMatch(/^No/);
  });

  it("is a no with a Korean 로 right after the name", () => {
    expect(lead("이번 추가 컴퓨팅 인텔 칩으로 돌린다며?")).toMatch(/^아니에요/);
    expect(lead("새 컴퓨팅 트레이니엄으로 돌아가는 거 아님?")).toMatch(/^아니에요/);
  });

  it("reads a polite '~해도 되죠' as a claim, not as 'too'", () => {
    expect(lead("기가와트 컴퓨팅은 구글 TPU로 돌린다고 이해해도 되죠?")).toMatch(/^아니에요/);
    expect(lead("1GW는 AMD 칩 쓴다고 알아도 되나요?")).toMatch(/^아니에요/);
  });

  it("keeps one more besides the fact's own, and a verb that runs on it, turned away", () => {
    expect(answer("Does Anthropic fine-tune on Google TPUs?").abstained).toBe(true);
    expect(answer("Anthropic trains on TPUs as well, right?").abstained).toBe(true);
    expect(answer("인텔 칩도 같이 쓰는 거죠?").abstained).toBe(true);
  });
});

describe("a maker's product the facts do not give, by its name or model code", () => {
  const compute = /Grace Blackwell|Vera Rubin/u;

  it("is a no with the maker's thing the facts do give, not the maker's other fact", () => {
    const korean = answer("엔비디아 GB300으로 굴리는 거 맞제?");
    expect(firstSentence(korean.text)).toMatch(/^아니에요/);
    expect(firstSentence(korean.text)).toMatch(compute);
    const english = answer("Anthropic is all on Nvidia A100 racks, yeah?");
    expect(firstSentence(english.text)).toMatch(/^No/);
    expect(firstSentence(english.text)).toMatch(compute);
  });

  it("takes a model code after a party as a claim even with no topic word", () => {
    const answered = answer("so they're doing it on nvidia b200s, right?");
    expect(firstSentence(answered.text)).toMatch(/^No/);
    expect(firstSentence(answered.text)).toMatch(compute);
  });

  it("leaves a question about the product itself turned away", () => {
    expect(answer("How much does an Nvidia H200 cost?").abstained).toBe(true);
    expect(answer("Does NVIDIA ship A800s to China?").abstained).toBe(true);
  });
});
