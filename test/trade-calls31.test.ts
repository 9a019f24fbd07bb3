/**
 * A rating or a trade weighed, in words of any stock: "a strong buy", "sell, hold or buy", "should
 * investors be selling…" are advice; a company buying in the story is not. Phrasings not in any
 * eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("trade calls", () => {
  it("turns a rating or a weighed trade away", () => {
    turnsAway("Is Microsoft a screaming buy now?");
    turnsAway("Sell, hold or buy NVIDIA after this?");
    turnsAway("Should investors be dumping Nvidia after the deal?");
  });
  it("still answers a company buying in the story", () => {
    says("Is Microsoft buying a stake in Anthropic?", /\$5 billion/u);
  });
});
