/**
 * "By what factor…", "how many-fold…": a multiple asked of two figures, as "how many times" is.
 * "What factor explains…" asks no multiple. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a multiple asked by factor or fold", () => {
  it("compares the two figures", () => {
    says("By what factor is NVIDIA's investment bigger than Microsoft's?", /twice \(2x\)/u);
    says(
      "by what factor does the Azure spend exceed the investment?",
      /\$30 billion[^\n]*twice \(2x\)[^\n]*\$15 billion/u,
    );
    says("how manyfold is the azure commitment compared with the total investment", /2x/u);
  });
});
