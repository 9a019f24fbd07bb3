/**
 * "MSFT 5bn + NVDA 10bn = ? I am bad at math lol": the asker's aside about their own arithmetic
 * asks nothing. Left in, it split the sum into one part per figure; read without it, the sum is
 * checked whole.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("an aside about the asker's arithmetic", () => {
  it("leaves the sum whole", () => {
    says("nvda 10bn + msft 5bn = ? im bad at maths", /\$15 billion/u);
    says("MSFT 5bn + NVDA 10bn =? I suck at math lol", /\$15 billion/u);
  });
});
