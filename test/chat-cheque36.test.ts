/**
 * The cheque shortened in chat ("chk", "chq") is the investment, as "check" is. Phrasings not in
 * any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a shortened cheque", () => {
  it("is the investment", () => {
    says("nvda chq size?", /^NVIDIA committed to invest up to \$10 billion/u);
    says("how fat was the msft chk lol", /^Microsoft committed to invest up to \$5 billion/u);
  });
});
