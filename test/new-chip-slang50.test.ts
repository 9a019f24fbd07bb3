/**
 * A chip called new in slang ("엔비 신상칩 이름 뭐였지", "신형칩"): the deal's NVIDIA systems, not the
 * announcement. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a new chip asked in slang", () => {
  it("names the systems", () => {
    says("앤트로픽이 쓰기로 한 엔비디아 신형칩 이름이 뭐더라", /Vera Rubin/u);
    says("엔비 최신칩 뭐 쓴다 했지?", /Vera Rubin/u);
  });
});
