/**
 * Money paid to a party, asked in Korean with the amount word before the verb ("MS한테 얼마 써?",
 * "엔비디아한테 돈 얼마 줌?"): the money that goes to it, not the party's own investment; said of
 * the party as subject ("마소는 얼마 줬어?"), what it pays out. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("money paid to a party, asked in Korean", () => {
  it("is the money that goes to it", () => {
    says("MS한테 얼마 써?", /^앤트로픽 → 마이크로소프트: Azure 컴퓨팅 구매 \(300억 달러\)/u);
    says("엔비디아한테 돈 얼마 줌?", /^마이크로소프트 → 엔비디아: .*앤트로픽 → 엔비디아/u);
  });

  it("is what the party pays out when it is the subject", () => {
    says("마소는 얼마 줬어?", /^마이크로소프트 → 앤트로픽: 지분 투자 \(최대 50억 달러\)/u);
  });
});
