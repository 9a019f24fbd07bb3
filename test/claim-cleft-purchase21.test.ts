/**
 * Confirmations whose claim the engine misread: a party named by a cleft ("X is who pays…"), a
 * purchase claimed the wrong way round ("NVIDIA buys the 1 GW from Anthropic"), a 충청 tag
 * ("…한 거잖여") and money "supplied" ("군자금 대주는"). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { asCleftClaim } from "../src/search/cleft-claim.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a cleft naming the party", () => {
  it("reads as the party doing it", () => {
    expect(asCleftClaim("So Microsoft is who pays the 30 billion to Anthropic, yes?")).toBe(
      "So Microsoft pays the 30 billion to Anthropic, yes?",
    );
    expect(asCleftClaim("NVIDIA's the company that invested in Microsoft, right?")).toBe(
      "NVIDIA invested in Microsoft, right?",
    );
  });

  it("leaves questions of who, and 'is that', alone", () => {
    for (const question of [
      "who pays whom?",
      "Is that paid by Microsoft?",
      "Who is it that pays?",
    ]) {
      expect(asCleftClaim(question)).toBe(question);
    }
  });

  it("is checked for its direction", () => {
    says(
      "so MSFT is the one who pays Anthropic the $30B, right?",
      /^No, the money goes the other way/u,
    );
    says("Anthropic is who forks over 30 billion to Microsoft, correct?", /^Yes/u);
  });
});

describe("a purchase the wrong way round", () => {
  it("is a no with the purchase as it goes", () => {
    says(
      "NVIDIA purchases a gigawatt of compute from Anthropic, right?",
      /^No.*Anthropic contracted/u,
    );
    says(
      "so anthropic sells the gigawatt of compute to nvidia, yeah?",
      /^No.*Anthropic contracted/u,
    );
    says(
      "엔비디아가 앤트로픽에게서 컴퓨팅 구매하는 구조지?",
      /^아니에요, 방향이 반대예요, 앤트로픽은/u,
    );
    says("NVIDIA buys systems from Microsoft, right?", /^No.*Microsoft buys NVIDIA systems/u);
  });

  it("leaves the right way round alone", () => {
    says("Microsoft buys NVIDIA systems, right?", /^Yes/u);
    says("Anthropic buys compute from NVIDIA, right?", /^Yes/u);
  });
});

describe("Korean tags and money supplied", () => {
  it("reads 잖여 as a tag and 군자금 대주다 as funding", () => {
    says("마소가 앤트로픽에 50억 넣은 거잖어", /^맞아요/u);
    says(
      "엔비디아가 앤트로픽한테 200억 넣은 거잖냐",
      /^아니에요, 엔비디아는 앤트로픽에 최대 100억/u,
    );
    says("앤트로픽이 엔비디아한테 군자금 대주는 쪽 맞지?", /^아니에요, 방향이 반대예요/u);
    says("마소가 앤트로픽한테 실탄 대주는 거지?", /^맞아요/u);
  });
});
