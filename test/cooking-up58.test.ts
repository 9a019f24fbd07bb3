/**
 * What two sides are "cooking up" together is what they do together: NVIDIA and Anthropic's
 * technology partnership, not the sum they invest. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("cooking up together", () => {
  it("is what they do together", () => {
    says("so what have nvidia and anthropic cooked up together", /technology partnership/u);
  });
});
