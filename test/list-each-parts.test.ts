/**
 * Lists and "each" questions (branch parts2): a -고 clause followed by a yes/no clause of its own,
 * a list whose last item asks "각각 얼마", and why a payment is made followed by "is the figure
 * given?". No phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { withEachAsked } from "../src/answer/fallback/each-asked.ts";
import { questionParts } from "../src/answer/fallback/question-parts.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const parts = (question: string) =>
  questionParts(index, question, index.analyze(question).asksToConfirm);

describe("a -고 clause, then a yes/no clause of its own", () => {
  it.each([
    "클로드 어디서 쓸 수 있고 깃허브에도 있어?",
    "엔비디아는 얼마 넣고 앤트로픽 지분도 받음?",
    "마소는 얼마를 넣었고 엔비디아도 넣음?",
    "애저에선 클로드 어떤 모델 쓰고 엠에스 365 코파일럿에서도 써요?",
  ])("%s is two parts", (question) => {
    expect(parts(question)).toHaveLength(2);
  });

  it.each([
    "뭐 투자하고 있어?",
    "얼마나 쓰고 싶어 할까요?",
    "누가 먼저 발표 내고 나서 공개했어?",
    "엔비디아는 넣고 마소는 안 넣음?",
  ])("%s stays one question", (question) => {
    expect(parts(question)).toHaveLength(1);
  });

  it("both halves are answered", () => {
    const answer = answerFromKnowledge(
      index,
      "클로드 어디어디서 쓸 수 있고 깃허브 코파일럿에도 나옴?",
    );
    expect(answer.abstained, answer.text).toBe(false);
    expect(answer.text).toMatch(/AWS/u);
    expect(answer.text).toMatch(/GitHub Copilot/u);
  });
});

describe("a list whose last item asks of each", () => {
  it("gives the question to the earlier items", () => {
    expect(withEachAsked(["A의 상한과", "B의 약정액은 각각 얼마예요?"])).toEqual([
      "A의 상한 얼마예요?",
      "B의 약정액은 각각 얼마예요?",
    ]);
    expect(withEachAsked(["발표일이랑", "행사는 각자 언제임"])).toEqual([
      "발표일 언제임",
      "행사는 각자 언제임",
    ]);
  });

  it("leaves items that ask by themselves, and lists with no 'each'", () => {
    expect(withEachAsked(["뭐가 바뀌었고", "B는 각각 얼마?"])).toEqual([
      "뭐가 바뀌었고",
      "B는 각각 얼마?",
    ]);
    expect(withEachAsked(["A와", "B는 얼마?"])).toEqual(["A와", "B는 얼마?"]);
  });

  it("leaves bare figures asked what each stands for", () => {
    expect(withEachAsked(["15B,", "350B 각각 무슨 숫자?"])).toEqual([
      "15B,",
      "350B 각각 무슨 숫자?",
    ]);
  });

  it.each([
    "엔비디아가 넣기로 한 최대 금액과 앤트로픽의 애저 사용 약정은 각각 얼마죠?",
    "마소 쪽 투자 상한하고 앤트로픽 애저 구매액 각자 얼마인지요",
  ])("%s answers both figures", (question) => {
    expect(parts(question)).toHaveLength(2);
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(false);
    expect(answer.text).toMatch(/300억/u);
    expect(answer.text).toMatch(/100억|50억/u);
  });
});

describe("why a payment is made, then whether its figure is given", () => {
  it.each([
    "마소는 무슨 이유로 엔비디아에 돈을 써? 액수도 나옴?",
    "Why would Microsoft be paying NVIDIA at all? Do they give the amount?",
  ])("%s gives the reason, its figure not covered", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(false);
    expect(answer.text).toMatch(/시스템|systems/u);
  });

  it.each([
    "오라클은 왜 앤트로픽에 투자했나요? 금액도 나와 있나요?",
    "소프트뱅크가 투자한 이유랑 금액은?",
  ])("%s: a party the knowledge lacks is still not covered", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(true);
  });
});

describe("each party named as the other's payer, in Latin letters before a Korean particle", () => {
  it.each([
    "Microsoft가 Anthropic한테 주는 돈하고 Anthropic이 Microsoft한테 주는 돈 알려줘",
    "NVIDIA가 Anthropic에 넣는 거랑 Anthropic이 NVIDIA에 쓰는 거 각각 뭐예요?",
  ])("%s gives the money both ways", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(false);
    expect(answer.text).toMatch(/→.*→/su);
  });
});
