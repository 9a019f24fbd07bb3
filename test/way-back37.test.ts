/**
 * One way the money goes said to be known and the way back asked ("…은 알겠는데 반대 방향은?",
 * "…I get, what about the other direction?"): answered as what the payee pays each payer named,
 * a way with no figure said as such. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the way back of a way known", () => {
  it("one payer", () => {
    says(
      "마소에서 앤트로픽으로 가는 돈은 알겠는데 반대 방향은?",
      /^앤트로픽은.*Azure.*300억 달러/u,
    );
  });

  it("in English", () => {
    says("Microsoft to Anthropic I get, what about the other direction?", /\$30 billion/u);
  });
});
