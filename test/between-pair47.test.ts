/**
 * "The gap between A and what B…": "between" pairs the two sides of one measure, so its "and"
 * asks nothing of its own and the question is one difference. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a measure between two sides", () => {
  it("is one difference, not two asks", () => {
    says(
      "What's the difference between what NVIDIA puts up and what Microsoft is chipping in?",
      /\$5 billion more than/u,
    );
  });

  it("still splits a second ask after a comma", () => {
    says(
      "What's the gap between NVIDIA's investment and Microsoft's, and when was it announced?",
      /\$5 billion more than.*18 November/su,
    );
  });
});
