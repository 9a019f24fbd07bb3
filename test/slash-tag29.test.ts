/**
 * A yes-or-no tag written with a slash ("…? y/n", "Y/N") asks to confirm what comes before it,
 * as "yes or no" does. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a slash tag after the claim", () => {
  it("answers yes or no first", () => {
    says("Foundry customers get Haiku 4.5? Y/N", /^Yes/u);
    says("Microsoft's stake is 10 billion? yes/no", /^No\b.*\$5 billion/su);
    says("앤트로픽 가치 3500억 달러? Y/N", /^맞아요/u);
  });
});
