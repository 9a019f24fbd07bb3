/**
 * Jeolla and Chungcheong words about the money going round: "뱅뱅 돌아서" (circulating, the verb
 * ending glued on), "누구 주머니로" (into whose pocket: to whom), "쪼까" (a little), "갈켜줘" (tell
 * me), "그니께" (so). Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("dialect words of the money's way round", () => {
  it("answers whose pocket the money ends in", () => {
    says("그니께 돈이 누구 주머니에 들어가는 거여?", /→/u);
    says("돈이 빙빙 돌아서 결국 누구 주머니로 가는 거여?", /→/u);
  });

  it("reads the softener and the request", () => {
    says("엔비디아 투자 금액 쪼까 갈켜줘", /100억/u);
  });
});
