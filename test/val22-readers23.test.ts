/**
 * Round 23, from val22's writers (Korean stock-YouTube commenters and church small groups, British
 * retirees writing letters, Singaporean and Malaysian English) and blind99 / blind102: what wraps
 * a question (a question someone put to the asker, why the asker wants it short or fast, a topic
 * set aside with "그건 모르겠고", a British writer's long-scale framing), English typed without
 * spaces after a question word, a pick between two shares judged "더 나아요". Phrasings here are in
 * no eval set.
 */
import { describe, expect, it } from "vitest";
import { segmentLatin, splitUnspacedLatin } from "../src/search/latin-segment.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { index, ask, says, turnsAway } = askProbe(knowledgeDir);
const { lexicon } = index;

describe("what wraps the question (glossary)", () => {
  it("a question passed on by someone else is answered", () => {
    says("친구가 엔비디아 투자액 물어보길래 찾아보는 중인데 얼마예요", /100억/u);
  });

  it("the asker's patience with long text is no subject", () => {
    says("요약 좀 해주세요 긴 글 못 읽어요", /50억|100억/u);
  });

  it("the asker's call-centre hurry is no subject", () => {
    says("마소 투자금 얼마인지 빠르게 알려주세요 통화 중이라서요", /50억/u);
  });

  it("a 'chief' worry is the worry", () => {
    says("Kindly state the author's chief criticism of the arrangement.", /circular|transparen/iu);
  });

  it("a British writer's long-scale framing and 'that sum' point at the figure", () => {
    says(
      "The piece speaks of what in old money I should call fifteen thousand million dollars. To what does that sum relate?",
      /15 billion/u,
    );
  });
});

describe("a British letter-writer's courtesy (glossary)", () => {
  it("'I should be glad of a simple yes or no' leaves the confirmation a confirmation", () => {
    says(
      "Is Claude now offered on Azure? I should be glad of a simple yes or no, with a word of explanation.",
      /^Yes/u,
    );
  });
});

describe("chit-chat opening the asking sentence after a story (answerer.ts)", () => {
  it("is no part of what is asked", () => {
    const answer = ask(
      "어제 동창 모임에서 친구가 물어보더라고요. 대답을 못 해서 좀 창피했는데… 마소는 얼마 넣었고, 발표는 언제였어요?",
    );
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/^마이크로소프트는 앤트로픽에 최대 50억/u);
    expect(answer.text).toContain("11월 18일");
    expect(answer.text).not.toContain("다루지 않는");
  });
});

describe("a figure claimed to the unit (claim-kind.ts, confirm.ts)", () => {
  it.each([
    "NVIDIA puts in exactly 10 billion, right?",
    "Microsoft puts in exactly 5 billion dollars, correct?",
  ])("%s is a no: the figure is a ceiling", (question) => {
    says(question, /^No\b/u);
  });

  it("the kind of a figure claimed is checked on that figure's own fact", () => {
    const answer = ask("Anthropic gets a fixed 1 gigawatt, right?");
    const [first = ""] = answer.text.split("\n");
    expect(first).toMatch(/^No\b.*gigawatt/u);
  });
});

describe("a claim heard, put back, then the asker's own remark (confirmation.ts)", () => {
  it("'…다면서? 마소로 갈아탄 듯' is still the claim to check", () => {
    says("아마존은 이제 빠진다면서? 마소로 갈아탄 듯", /^아니에요/u);
  });
});

describe("a topic set aside before the question (preamble.ts)", () => {
  it.each([
    [
      "회사 선배가 마소가 앤트로픽 먹으려는 거라고 하던데 그건 모르겠고 엔비 얼마 넣음?",
      /^엔비디아는/u,
    ],
    [
      "부장님이 술 드시고 엔비디아가 앤트로픽 산다고 하시던데 그건 모르겠고 누가 얼마 넣었는지 세줄요약 ㄱ",
      /50억[\s\S]*100억/u,
    ],
  ])("'그건 모르겠고' starts the question: %s", (question, pattern) => {
    says(question, pattern);
  });
});

describe("English typed without spaces after a question word (latin-segment.ts)", () => {
  it("a question word glued to one content word is split", () => {
    expect(segmentLatin("whichmodels", lexicon)).toEqual(["which", "models"]);
    expect(segmentLatin("whatever", lexicon)).toBeUndefined();
    expect(segmentLatin("whichever", lexicon)).toBeUndefined();
  });

  it("a question word and three function words are split, the figure after them kept apart", () => {
    expect(splitUnspacedLatin("whodoesgetthe10billion", lexicon)).toBe(
      "who does get the 10billion",
    );
    says("whodoesgetthe10billion", /NVIDIA/u);
  });

  it("an auxiliary glued to its pronoun is split", () => {
    expect(splitUnspacedLatin("canyou tell me", lexicon)).toBe("can you tell me");
    expect(splitUnspacedLatin("didthey invest", lexicon)).toBe("did they invest");
    expect(splitUnspacedLatin("visit candid", lexicon)).toBe("visit candid");
  });
});

describe("a pick between two shares judged better (advice-choices.ts)", () => {
  it.each([
    "엔비디아랑 마소 중에 어느 주식을 사는 게 더 나을까요?",
    "둘 중 어디를 매수하는 게 낫나요?",
  ])("%s is advice", (question) => {
    turnsAway(question);
    expect(index.analyze(question).asksForAdvice).toBe(true);
  });

  it("a party's own move judged is no advice", () => {
    expect(ask("엔비디아가 앤트로픽에 투자하는 게 더 나아요?").abstained).toBe(false);
  });
});
