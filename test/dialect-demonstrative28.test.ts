/**
 * 경상 이기 / 그기 (이게, 그게) before what is asked of it: "순환 구조 이기 뭐꼬" is "이게 뭐야".
 * 이기 as "win" ("이기면") is left alone. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { foldKoreanDialect } from "../src/search/korean-dialect.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the dialect demonstratives 이기 and 그기", () => {
  it("fold to 이게 and 그게", () => {
    expect(foldKoreanDialect("그기 얼마고")).toBe("그게 얼마야");
    expect(foldKoreanDialect("엔비디아가 이기면")).toBe("엔비디아가 이기면");
  });

  it("lets the question be read", () => {
    says("순환 투자 그기 뭐꼬", /순환 투자/u);
  });
});
