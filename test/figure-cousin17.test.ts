/**
 * A qualifier that turns a covered figure into its uncovered cousin (branch figures17c): the
 * valuation before the money came in ("pre-money"), all a company has ever raised, how much of one
 * figure is each of two things it names together, who supplies the parts. Stating the nearby
 * figure answers a different question; the covered figure itself stays answered. No phrasing here
 * is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);

describe("a figure's uncovered cousin", () => {
  it.each([
    "what was anthropic's pre-money valuation going into this?",
    "pre money 밸류는 얼마였어?",
    "앤트로픽 프리머니 가치 얼마임",
    "how much money has anthropic raised all-time?",
    "앤트로픽 지금까지 누적 투자 유치 금액 얼마야?",
    "what's anthropic's lifetime funding total",
    "how much of the gigawatt goes to blackwell versus rubin?",
    "how much of that 1gw is grace blackwell vs vera rubin",
    "who's the hbm supplier for these nvidia systems",
    "엔비디아 시스템 메모리 공급업체는 어디야?",
    "who else put money in besides microsoft and nvidia?",
    "마소랑 엔비 말고 또 투자한 곳 있음?",
  ])("%s is not covered", (question) => {
    const answer = ask(question);
    expect(answer.abstained, answer.text).toBe(true);
  });

  it.each([
    "how much did microsoft and nvidia put in, in total?",
    "what's anthropic valued at now?",
    "what's the post-money valuation after the deal?",
    "how big is the compute commitment?",
    "who invested in anthropic?",
    "which nvidia systems does anthropic get?",
    "앤트로픽 기업가치 얼마래?",
    "who invested in anthropic and how much?",
    "how much of the 15 billion is microsoft vs nvidia?",
  ])("the covered figure still answers: %s", (question) => {
    const answer = ask(question);
    expect(answer.abstained, answer.text).toBe(false);
  });
});
