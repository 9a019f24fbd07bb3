/**
 * The hearsay 더래 after a past stem ("언제였더래", "넣었더래요") is the standard 대; "야야" calls
 * the listener; a question of its own about something else ("…to the mall on foot? which
 * market changes") is no chit-chat before the ask. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("Gangwon hearsay and a call to the listener", () => {
  it("answers the date and the sum", () => {
    says("야야 세 회사가 손잡은 거 발표한 게 언제였더래?", /11월 18일/u);
    says("마소는 앤트로픽에 얼마 넣었더래요?", /50억/u);
  });
});

describe("a question of its own before a short ask", () => {
  it("is turned away with it", () => {
    turnsAway(
      "best way to get from gangnam station to the coex mall on foot? which market changes",
    );
  });
});
