/**
 * "Commit", "pledge", "약속" ask for the spending relation but are said of the investments too:
 * a party's own investment claimed in those words ("Microsoft pledged $5B to Anthropic") is a
 * yes, while money claimed to go the other way, or a figure of another relation, is still a no.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("an investment claimed with a verb of commitment", () => {
  it("is a yes with the investment", () => {
    says("Msft pledged five billion to Anthropic, correct?", /^Yes: Microsoft committed/u);
    says("Microsoft has promised Anthropic up to 5 billion dollars, yes?", /^Yes/u);
    says("Fact check: Microsoft committed up to $5B to Anthropic. Accurate?", /^Yes/u);
    says("마소가 앤트로픽한테 최대 50억 달러 약속한 거 맞죠?", /^맞아요/u);
    says("엔비디아가 앤트로픽에 백억 불 약정했다는 거 맞나요?", /^맞아요/u);
  });

  it("leaves money the other way and other relations' figures a no", () => {
    says("Anthropic is investing $30B into Microsoft, right?", /^No/u);
    says("Microsoft committed $30 billion to Anthropic, true?", /^No/u);
    says("Anthropic pledged 5 billion to Microsoft, right?", /^No/u);
    says("Microsoft committed $8B to Anthropic, right?", /^No/u);
  });
});
