/**
 * A second ask opened by an attribution ("…, and according to Nadella is OpenAI still…?") is a part
 * of its own; friends for partners ("pals", "buddies") and "the OpenAI crowd" read as the partner
 * and the company. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("an attributed second ask", () => {
  it("answers both parts", () => {
    const answer = ask(
      "How much is NVIDIA in for, and according to Nadella is OpenAI still a partner or not?",
    );
    expect(answer.text).toMatch(/\$10 billion/u);
    expect(answer.text).toMatch(/critical partner/u);
  });

  it("reads friends as partners", () => {
    says("Are the OpenAI crowd still Microsoft's buddies or not?", /^Yes.*partner/u);
  });
});
