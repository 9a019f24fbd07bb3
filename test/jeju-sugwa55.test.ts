/**
 * 제주 수과 (습니까) closing a question ("맞수과", "이수과" = 있습니까) and 헌틴 (한테는) are read
 * as standard endings and particles. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { foldKoreanDialect } from "../src/search/korean-dialect.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("제주 수과 and 헌틴", () => {
  it("are read as standard Korean", () => {
    expect(foldKoreanDialect("발표 따로 이수과?")).toContain("있나요");
    expect(foldKoreanDialect("작은 회사들헌틴")).toContain("회사들한테는");
  });

  it("answer the question", () => {
    says("엔비디아가 백억 달러 놓는 거 맞수과?", /^맞아요, 엔비디아/u);
  });
});
