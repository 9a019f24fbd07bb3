/**
 * "…더 많이 넣은 거 맞음? 각각 얼마야?": "each" with no item of its own asks of the parties the
 * claim before names; the claim keeps its yes or no. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("'each' after a claim", () => {
  it("answers the claim first, then each amount", () => {
    says(
      "엔비디아 투자액이 마소보다 큰 거 맞죠? 각자 얼마예요?",
      /^맞아요[\s\S]*100억[\s\S]*50억/u,
    );
  });

  it("still reads a list whose last item asks of each", () => {
    says("마소랑 엔비디아는 각자 얼마 넣었어요?", /50억[\s\S]*100억/u);
  });
});
