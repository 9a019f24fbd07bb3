/**
 * Everyday Korean words for a company's worth (회사값, 값어치) are its valuation, and 넘겼다
 * (went past) claims a bound as 넘었다 does. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a company's worth", () => {
  it("회사값 and 값어치 are its valuation", () => {
    says("앤트로픽 회사값 요새 얼마쯤 함?", /3500억/u);
    says("거래 전 앤트로픽 값어치는 얼마였나요?", /1830억/u);
  });

  it("넘겼다 claims a bound", () => {
    says("앤트로픽 몸값이 3천억 불 넘겼다매?", /^맞/u);
  });
});
