/**
 * 머라 for 뭐라 (short23, korean-dialect.ts): chat spelling of the question word before a verb
 * of saying, glued endings and all, is read as 뭐라; 머 opening other words stays. Phrasings not
 * in any eval set.
 */
import { describe, expect, it } from "vitest";
import { foldKoreanDialect } from "../src/search/korean-dialect.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);

describe("머라 said for 뭐라", () => {
  it("is read as 뭐라", () => {
    expect(foldKoreanDialect("나델라는 머라던데?")).toBe("나델라는 뭐라던데?");
    expect(foldKoreanDialect("사티아 머라했음")).toBe("사티아 뭐라했음");
    expect(foldKoreanDialect("머래?")).toBe("뭐래?");
  });

  it("leaves words that open on 머", () => {
    for (const text of ["머리 아파", "머라이어 캐리 노래", "머랭 쿠키"]) {
      expect(foldKoreanDialect(text)).toBe(text);
    }
  });

  it("asks what was said, not whether it was", () => {
    const answer = ask("사티아 머라함");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/^사티아 나델라는/u);
  });
});
