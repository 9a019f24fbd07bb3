/**
 * 혔 is 했 in 충청 and 전라 speech ("발표혔대유"), but after the stem of a -히다 verb it is that
 * verb's own past: "밝혔습니까" asks what someone stated, not a word the knowledge lacks.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { foldKoreanDialect } from "../src/search/korean-dialect.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { turnsAwaySaying } = askProbe(knowledgeDir);

describe("혔", () => {
  it("is the regional 했 after a noun or alone", () => {
    expect(foldKoreanDialect("투자혔대유")).toContain("투자했대");
    expect(foldKoreanDialect("계약혔다메")).toContain("계약했다");
  });

  it("stays a -히다 verb's past", () => {
    expect(foldKoreanDialect("입장을 밝혔나")).toBe("입장을 밝혔나");
    expect(foldKoreanDialect("일정이 막혔어")).toBe("일정이 막혔어");
  });

  it("lets a party's unreported remark be turned away by name", () => {
    turnsAwaySaying("젠슨 황 대표는 이번 투자를 두고 어떠한 소회를 밝혔습니까?", /젠슨 황/u);
    turnsAwaySaying("젠슨 황은 이번 투자에 대해 어떠한 소회를 밝혔나요?", /젠슨 황/u);
  });
});
