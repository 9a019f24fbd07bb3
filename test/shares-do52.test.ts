/**
 * How a company's shares did ("how'd MSFT shares do that week?", "stock fared ok?", "…, up or
 * down?") asks their move, which the story does not give. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("how a company's shares did", () => {
  it("is their move, not covered", () => {
    turnsAwaySaying("how'd microsoft shares do that whole week?", /share price moves/u);
    turnsAwaySaying("nvda stock fared alright after the news, up or down?", /share price/u);
  });

  it("leaves the company's investment to the story", () => {
    says("how much did microsoft put in, roughly?", /\$5 billion/u);
  });
});
