/**
 * The pot, the kitty, the pie: the money put in altogether ("MSFT's cut of the pot", "how big is
 * the whole pot") is the total. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the pot", () => {
  it("is the total", () => {
    says("how much is in the kitty altogether", /\$15 billion/u);
    says("nvidia's chunk of the whole pot?", /\$10 billion/u);
  });
});
