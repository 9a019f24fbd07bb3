/**
 * A claim of money between one party and a pair joined as one side ("A invests in B and C",
 * "B랑 C한테 A가 …"): each of the pair is checked with the one, and a no is said when the money
 * goes the other way. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("money claimed between one party and a pair", () => {
  it.each([
    "so anthropic is investing in msft and nvda, correct?",
    "Anthropic invested in both Microsoft and NVIDIA, yeah?",
    "anthropic's the one investing in microsoft + nvidia right",
    "앤트로픽이 마소랑 엔비디아에 투자하는 거 맞지?",
    "마소랑 엔비한테 앤트로픽이 투자한 거지?",
    "마소랑 엔비가 앤트로픽한테 투자받았다며?",
  ])("says no, the other way round, for %s", (question) => {
    says(question, /^(?:No\b|아니에요)/u);
    says(question, /Microsoft committed to invest|마이크로소프트는 앤트로픽에/u);
  });

  it.each([
    "Microsoft and NVIDIA invest in Anthropic, right?",
    "엔비디아랑 마소가 앤트로픽에 투자한 거 맞죠?",
    "앤트로픽이 마소랑 엔비한테서 투자 받은 거 맞지?",
    "msft and nvidia are investors in anthropic, true?",
  ])("leaves a right claim to the pair's money together for %s", (question) => {
    says(question, /^(?:Yes\b|맞아요)/u);
  });
});
