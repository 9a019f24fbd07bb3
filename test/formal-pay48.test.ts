/**
 * 지급하다, the formal verb of paying ("어느 회사에 지급합니까?"), says which way money goes as 지불
 * and 돈을 내다 do: the party named pays. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the formal verb of paying", () => {
  it("reads the party named as the payer", () => {
    says("엔비디아는 어느 회사에 자금을 지급합니까?", /^엔비디아 → 앤트로픽/u);
    says("마이크로소프트가 돈을 지급한 상대 회사는 어디인가요?", /^마이크로소프트 → 앤트로픽/u);
  });
});
