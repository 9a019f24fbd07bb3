/**
 * Words met in round twenty-nine: a Korean "ticket size" is one investor's cheque, a "closed
 * loop" is the money's loop (not the deal's closing), and what an article is "arguing" is its
 * argument. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("round twenty-nine's words", () => {
  it("reads a Korean ticket size as the investment", () => {
    says("엔비디아 티켓 사이즈가 얼마였죠?", /100억 달러/u);
    says("마소 티켓사이즈 알려줘", /50억 달러/u);
  });

  it("reads a closed loop as the loop, and still turns the closing date away", () => {
    says("So is the money basically a closed loop between the three?", /loop/u);
    turnsAway("Has the deal closed yet?");
  });

  it("reads what the piece is arguing as its argument", () => {
    says("What is this piece arguing, in one line?", /\S/u);
    says("what's the post arguing?", /\S/u);
  });
});
