/**
 * Claims read in more words: a part of a month after "announced in" is a time, not a city ("in
 * mid-November"); the figure pointed back at after what the piece says ("…나오던데 그 숫자
 * 맞아요?", "is that figure right?") asks whether it is true; "technical" is the knowledge's
 * technology, so a technical partnership is no unknown claim. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("claims in more words", () => {
  it("reads a part of a month after 'announced in' as a time", () => {
    says("They announced it in mid-November, didn't they?", /^Yes/u);
    says("So it got announced in the middle of Nov, yeah?", /^Yes/u);
    says("They announced it in early November, didn't they?", /^No/u);
  });

  it("checks the truth of a figure pointed back at after what the piece says", () => {
    says("도입부에 두 회사가 300억 불 투자했다고 써 있던데 이 금액 맞아요?", /^아니에요/u);
    says("The opening line says they invested 30 billion. Is that number right?", /^No/u);
  });

  it("reads a technical partnership as the technology partnership", () => {
    says("Does Nvidia have technical collaboration with Anthropic too?", /^Yes.*co-design/u);
  });
});
