/**
 * CB-radio talk is filler: "10-4" is "understood", not the figure 10 beside a story's sum, and
 * "dump into" is money put in. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("CB-radio talk", () => {
  it("reads 10-4 as a tag, not a figure", () => {
    says("Anthropic worth about 350 billion now, 10-4?", /^Yes/u);
    says("ten-four good buddy, microsoft put in 5 bil right?", /^Yes: Microsoft/u);
    says(
      "breaker breaker, how much did microsoft dump into anthropic",
      /Microsoft committed to invest up to \$5 billion/u,
    );
  });
});
