/**
 * A second part that leans on a first part the knowledge does not cover (branch follow17b): another
 * edge party asked the first part's figure of ("…Amazon…? And Google?"), "he" of a who asked, what
 * comes next, a figure of "it", how far along it is, a layout of its answer. Each takes its subject
 * from the first part, so it is not covered either; covered cousins keep their answers. Phrasings
 * not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);

describe("a follow-up leaning on a part not covered", () => {
  it.each([
    "How much has Amazon sunk into Anthropic so far? And Google?",
    "아마존은 앤트로픽에 총 얼마 넣었어? 구글은?",
    "아마존 투자 총액 얼마임? 구글은?",
    "Who runs Anthropic's Azure deal team? What did she say about the chips?",
    "엔비디아 대표가 누구야? 그 사람은 앤트로픽에 대해 뭐라고 했어?",
    "Does Anthropic plan to list on Nasdaq? any comment from the bankers on timing?",
    "Who led Anthropic's Series F? How big was it?",
    "엔비디아가 다음 라운드도 들어가? 그 다음엔 얼마?",
    "거래 종결 언제 돼? 벌써 끝났어?",
    "When's the regulatory approval due? closed yet?",
    "What was Anthropic worth in 2023? a year-by-year table pls",
    "what did anthropic's valuation look like after the 2021 round? want the whole chart",
  ])("%s is not covered", (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(true);
    expect(answer.text).not.toMatch(/\$350 billion|3500억|three major clouds|3대 주요 클라우드/u);
  });
});

describe("covered cousins keep their answers", () => {
  it("another of the story's parties after a party not covered", () => {
    const answer = ask("How much did Amazon invest in Anthropic? And Microsoft?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/\$5 billion/u);
  });

  it.each([
    ["When was it announced, and what is Anthropic worth now?", /18 November/u],
    ["How much did NVIDIA invest, and Microsoft?", /\$5 billion/u],
    ["엔비디아는 얼마? 마소는?", /50억/u],
    ["Is Claude only on Azure?", /^No/u],
  ])("%s", (question, expected) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(expected);
  });
});

describe("exclusive selling or licensing rights asked: contract terms the sources do not give", () => {
  it.each([
    "does msft hold an exclusive license on claude models now?",
    "Did Microsoft land exclusive distribution rights for Claude?",
    "마소가 클로드 독점 유통권 따낸 거임?",
    "엠에스가 앤트로픽 모델 독점 라이선스 받았어?",
  ])("%s is not covered", (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(true);
    expect(answer.text).not.toMatch(/^(?:yes|맞아)/iu);
  });

  it.each(["Claude is exclusive to Microsoft now?", "클로드 이제 마소에서만 쓸 수 있는 거지?"])(
    "%s: Claude is on all three clouds",
    (question) => {
      const answer = ask(question);
      expect(answer.abstained).toBe(false);
      expect(answer.text).toMatch(/^(?:No|아니에요)/u);
    },
  );
});
