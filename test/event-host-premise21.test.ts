/**
 * An event named with its host ("at AWS re:Invent", "아마존 리인벤트 행사에서", "구글 클라우드
 * 넥스트 행사에서"): the host is the event's, no party of the claim, so the claim is checked
 * against where the deal was announced rather than turned away as the host's announcement. And a
 * conclusion drawn from what the piece says ("the headline says X, so Y, yes?", "…나오는데 그대로
 * 인용해도 돼?") asks whether Y is true, not whether the piece says it. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("an event with its host's name", () => {
  it("is a place to check, not a party", () => {
    says("the announcement was held in Google I/O, correct?", /^No.*Microsoft Ignite/u);
    says("구글 클라우드 넥스트 행사에서 공개한 거 맞죠?", /^아니에요.*Ignite/u);
    says("엔비디아 GTC 컨퍼런스에서 발표된 거지?", /^아니에요.*Ignite/u);
    says("마소 이그나이트 행사에서 발표한 거 맞지?", /^맞아요/u);
  });
});

describe("a conclusion drawn from what the piece says", () => {
  it("is checked for its truth", () => {
    says(
      "The intro says 30 billion, which means each of them put in 15 billion, right?",
      /^No: together the two companies invest up to \$15 billion/u,
    );
    says(
      "the article says MS and NVIDIA invested 30B, so that's the total investment, correct?",
      /^No/u,
    );
    says("기사에 300억 달러 투자라고 나오던데 그대로 인용하면 되는 거죠?", /^아니에요.*150억/u);
  });

  it("leaves what the piece says asked as such", () => {
    says("its intro calls it a $30B investment, right?", /^Yes, the article does say that/u);
  });
});
