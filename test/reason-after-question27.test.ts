/**
 * A Korean reason told after a question ("…? 아이 보고서에 출처로 적어야 해서요") is why the asker
 * asks: its words (a report, a source) claim no kind of piece and ask nothing of their own.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { withoutClosingReason } from "../src/answer/fallback/leaning-part.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, turnsAwayEach } = askProbe(knowledgeDir);

describe("a reason told after a question about who wrote the piece", () => {
  it("leaves the author not covered, with no kind of piece claimed", () => {
    // "아이" (a child) reads as "AI" too: "아이 보고서" must not claim an AI report.
    turnsAwayEach([
      "이 기사 쓴 기자 이름 뭐예요? 아이 보고서에 출처로 써야 해서요.",
      "이 블로그 글 쓴 사람 누구예요? 아이 보고서에 출처로 적어야 해서요",
      "기자 이름 나와요? 회사 리포트에 인용하려고 해서요",
    ]);
  });

  it("still answers the kind of piece when that is what is asked", () => {
    const said = ask("이거 무슨 글이에요? 과제 보고서에 써야 해서요");
    expect(said.text).toMatch(/블로그/u);
  });
});

describe("withoutClosingReason", () => {
  it("takes off only a reason after the last question", () => {
    expect(withoutClosingReason("누가 썼어요? 보고서에 써야 해서요.")).toBe("누가 썼어요?");
    expect(withoutClosingReason("누가 썼어요? 언제 썼어요?")).toBe("누가 썼어요? 언제 썼어요?");
    expect(withoutClosingReason("보고서에 써야 해서요")).toBe("보고서에 써야 해서요");
  });
});
