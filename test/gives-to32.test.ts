/**
 * "A가 B에 주는 건 뭐야?" asks the one way from A to B, with 에 as with 한테 / 에게, and with "반대로"
 * or "대가로" between them. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("what one party gives another", () => {
  it("with 에", () => {
    says("앤트로픽이 엔비디아에 주는 건 뭐예요?", /^앤트로픽 → 엔비디아[^\n]*1기가와트/u);
    says("앤트로픽이 마소에 주는 게 뭐임", /^앤트로픽 → 마이크로소프트[^\n]*300억/u);
  });
  it("with 반대로 before the verb", () => {
    says("마소한테 돈 받은 앤트로픽이 마소에 반대로 주는 건 뭐지?", /^앤트로픽 → 마이크로소프트/u);
  });
});
