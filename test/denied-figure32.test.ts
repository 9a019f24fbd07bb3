/**
 * A figure denied that is not the party's ("Microsoft didn't put $10B in, did it?") is a true
 * denial: yes, with the right figure. Denying the right figure is still a no. Phrasings not in
 * any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a wrong figure denied", () => {
  it("is a yes, with the right figure", () => {
    says("NVIDIA hasn't committed 5 billion, has it?", /^Yes[^\n]*\$10 billion/u);
    says("Microsoft is not the one putting in ten billion, right?", /^Yes[^\n]*\$5 billion/u);
  });
  it("the right figure denied is a no", () => {
    says("Microsoft didn't put 5 billion in, did it?", /^No[^\n]*\$5 billion/u);
  });
});
