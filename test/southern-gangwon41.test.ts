/**
 * Dialect shapes of a claim: a doubled negation ("ain't … no more"), the perfective "done"
 * ("done quit"), a "yes or no" between two asks; 강원 hearsay 드래, 무신 and 마카, and 중하다
 * (중요하다). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { foldKoreanDialect } from "../src/search/korean-dialect.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("Southern English claims", () => {
  it("a doubled negation says something ended", () => {
    says("Amazon ain't the main cloud for Anthropic no more, right?", /^No\b/u);
  });

  it("done before a past verb is has", () => {
    says("Microsoft done quit on OpenAI, that so?", /^No\b/u);
  });

  it("a yes or no between two asks answers the first with a yes", () => {
    const answer = ask("Did Microsoft put in five billion? yes or no, and who else invested?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/^Yes\b/u);
  });
});

describe("강원 words", () => {
  it("중하다 is 중요하다, and 드래 ends the claim", () => {
    says("나델라 사장이 오픈AI는 이제 안 중하다 했다드래요, 맞지요?", /^아니/u);
  });

  it("드래, 무신 and 마카 read as standard words", () => {
    expect(foldKoreanDialect("발표 언제였드래요?")).toBe("발표 언제였대요?");
    expect(foldKoreanDialect("무신 행사였대요")).toBe("무슨 행사였대요");
    expect(foldKoreanDialect("이름 마카 대봐요")).toBe("이름 다 대봐요");
    expect(foldKoreanDialect("드래곤 마카롱 무신론")).toBe("드래곤 마카롱 무신론");
  });
});
