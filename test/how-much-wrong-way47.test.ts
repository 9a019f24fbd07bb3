/**
 * "How much is Anthropic investing in Microsoft?" asks a payment the wrong way round: the answer
 * is the money that does go from Anthropic to Microsoft (the Azure purchase), never Microsoft's
 * own investment as if it were Anthropic's. Asked the right way, the fact answers as before.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("how much one party pays another", () => {
  it("asked the wrong way round, gives the flow that goes that way", () => {
    says("How much did Anthropic invest in Microsoft?", /^Anthropic → Microsoft: .*\$30 billion/u);
  });

  it("asked the right way round, gives the investment", () => {
    says(
      "How much did NVIDIA invest in Anthropic?",
      /^NVIDIA committed to invest up to \$10 billion/u,
    );
  });
});
