/**
 * 경상 심니꺼, a spelling of 십니꺼 (습니까) as it is said: "맞심니꺼" asks for a yes, as "맞습니까".
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("심니꺼", () => {
  it("asks for a yes as 습니까 does", () => {
    says("클로드가 애저에서도 돌아가는 거 맞심니꺼", /^맞아요/u);
  });
});
