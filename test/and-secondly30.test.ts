/**
 * "…, first, what… and, secondly, what…": a comma after the join before an ordinal still joins two
 * questions. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("and, secondly", () => {
  it("splits the two asks", () => {
    says(
      "Please state how much NVIDIA has committed and, secondly, which chips Anthropic will use.",
      /\$10 billion[\s\S]*Grace Blackwell/u,
    );
  });
});
