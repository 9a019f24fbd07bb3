/**
 * 내다 after an outlet ("어느 언론사에서 낸 거예요?") is publishing, not a payment: the piece's
 * outlet is asked, which the knowledge does not give. A party paying is still a payment.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("an outlet that put the piece out", () => {
  it("is the outlet asked, not a payment", () => {
    turnsAwaySaying("이 글은 어느 매체에서 낸 기사예요?", /어느 매체·블로그에 실렸는지/u);
  });

  it("a party paying is still a payment", () => {
    says("마소가 어디에 돈을 냈어요?", /50억 달러/u);
  });
});
