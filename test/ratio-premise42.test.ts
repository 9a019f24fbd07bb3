/**
 * A ratio claimed after a sentence that states a figure ("엔비디아는 100억 달러 냈음. MSFT는 그
 * 절반이 맞지?"): the party the claim names, with a Latin name and a Korean particle ("msft는"),
 * is the one measured. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a ratio after a stated figure", () => {
  it("measures the party the claim names", () => {
    says("엔비디아는 100억 달러 냈음. MSFT는 그 절반이 맞지?", /^맞아요/u);
    says("마이크로소프트는 50억 달러로 알고 있음. NVIDIA는 그 두 배 맞나요?", /^맞아요/u);
  });

  it("still says no to a wrong ratio", () => {
    says("엔비디아는 100억 달러 냈음. MSFT는 그 두 배 맞지?", /^아니/u);
  });
});
