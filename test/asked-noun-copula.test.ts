/**
 * The 충청 / 전라 copula on a noun a question word asks about ("뭔 소리여", "어느 회사여") and the
 * bound noun 겨 ("투자한겨", "뭐하는겨") read as the standard 야 / 거야, while the verbs and
 * Sino-Korean nouns ending on 여 stay as they are. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { foldKoreanDialect } from "../src/search/korean-dialect.ts";

describe("the copula 여 after a noun asked about", () => {
  it.each([
    ["이거 뭔 소리여", "이거 뭔 소리야"],
    ["그게 무슨 얘기여 도대체", "그게 무슨 얘기야 도대체"],
    ["몇 개여", "몇 개야"],
    ["어느 나라여 돈 낸 데가", "어느 나라야 돈 낸 데가"],
    ["어떤 회사여", "어떤 회사야"],
  ])("%s", (question, folded) => {
    expect(foldKoreanDialect(question)).toBe(folded);
  });

  it.each([
    "무슨 기여를 했나",
    "뭔 부여",
    "어떤 게 보여",
    "몇 명 모여",
    "무엇에 대하여",
    "이거 소리여",
  ])("%s stays", (question) => {
    expect(foldKoreanDialect(question)).toBe(question);
  });
});

describe("the bound noun 겨", () => {
  it.each([
    ["마소가 투자한겨?", "마소가 투자한 거야?"],
    ["지금 뭐하는겨", "지금 뭐하는 거야"],
    ["벌써 발표된겨", "벌써 발표된 거야"],
  ])("%s", (question, folded) => {
    expect(foldKoreanDialect(question)).toBe(folded);
  });

  it.each(["겨울에 발표했나", "이긴겨루기"])("%s stays", (question) => {
    expect(foldKoreanDialect(question)).toBe(question);
  });
});
