/**
 * A place claimed as the only one with "전용" ("애저 전용 되는 거임?"), and an item beyond a listed
 * set claimed with a tag ("오퍼스 4.5도 있음 맞지?"): both are claims, a no with the fact that
 * lists the others. The same item asked plainly ("…도 있음?") stays not covered. Phrasings not in
 * any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { asksBeyondTheList } from "../src/answer/fallback/beyond-the-list.ts";
import { claimsExclusive } from "../src/answer/fallback/exclusive.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("전용: one place only", () => {
  it("reads 전용 after a name as exclusivity, not in words that only contain it", () => {
    expect(claimsExclusive("클로드 앞으로 애저 전용이지?")).toBe(true);
    expect(claimsExclusive("aws전용 모델 되는 거?")).toBe(true);
    expect(claimsExclusive("회장 전용기 타고 왔대")).toBe(false);
    expect(claimsExclusive("전용 요금제 있어?")).toBe(false);
  });

  it("is a no with the clouds the fact lists", () => {
    for (const question of [
      "앞으로 클로드는 애저 전용 모델인 거죠?",
      "클로드 애저 전용으로 가는 거 맞음?",
      "이제 클로드는 애저 전용 서비스라던데?",
    ]) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(/^아니/u);
      expect(got.text, question).toMatch(/AWS/u);
    }
  });
});

describe("Microsoft named for its cloud, in a claim that a model is there only", () => {
  it("is a no with the clouds the fact lists", () => {
    for (const question of [
      "so claude is gonna be exclusive to microsoft now?",
      "Claude models will only be available on Microsoft after this, right?",
      "클로드 모델 앞으로 마이크로소프트에서만 되는 거 맞죠?",
    ]) {
      const got = answer(question);
      expect(got.text, question).toMatch(/^(?:No|아니)/u);
      expect(got.text, question).toMatch(/AWS/u);
    }
  });

  it("leaves the investors' claim about the investors", () => {
    expect(answer("Only Microsoft invested in Anthropic, right?").text).toMatch(/\$10 billion/u);
  });
});

describe("an item beyond the list, put forward with a tag", () => {
  it("is a claim, not a plain question", () => {
    expect(asksBeyondTheList("소네트 5도 파운드리에 있는 거 맞죠?")).toBe(false);
    expect(asksBeyondTheList("opus 4.5 is on foundry too, right?")).toBe(false);
    expect(asksBeyondTheList("소네트 5도 파운드리에 있어?")).toBe(true);
    expect(asksBeyondTheList("is opus 4.5 on foundry too?")).toBe(true);
  });

  it("is a no with the list", () => {
    for (const question of [
      "파운드리에 소네트 5도 들어가는 거 맞죠?",
      "Opus 4.5 is on Foundry too, right?",
      "클로드 3.7 소네트도 파운드리에서 쓸 수 있는 거 사실임?",
    ]) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(/^(?:No|아니)/u);
      expect(got.text, question).toMatch(/Opus 4\.1/u);
    }
  });
});
