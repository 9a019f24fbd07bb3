/**
 * Advice with the asker between "worth" and the buying ("worth me buying a few shares"), a career
 * move ("wise to quit my job"), a prediction that AI replaces the asker; and "what's that all in?"
 * asks a total, not to go all in. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, declinesAsAdvice } = askProbe(knowledgeDir);

describe("advice with the asker's money or work", () => {
  it("turns away buying with the asker named", () => {
    declinesAsAdvice("Would it be worth us buying some NVIDIA shares after this?");
  });

  it("turns away a career move and a job prediction", () => {
    declinesAsAdvice("Is it smart to quit my warehouse job and learn to code with Claude?");
    declinesAsAdvice("Gonna AI take our jobs after this deal?");
  });

  it("reads 'what's that all in' as the total", () => {
    says(
      "So NVIDIA put in ten billion and Microsoft five billion, what's that all in?",
      /\$15 billion/u,
    );
  });
});
