/**
 * Amounts listed in English and then added ("A's ten bil plus B's five bil?", "$10B and $5B, what
 * does that come to?"): one sum, not an ask per amount; a second ask after it is still its own.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

/** The sum leads the answer, not one company's figure. */
const SUM_FIRST = /^[^\n]*\$15 billion/u;

describe("amounts listed, then added", () => {
  it("is one sum", () => {
    says("Microsoft's 5 bil and NVIDIA's 10 bil, what does that add up to?", SUM_FIRST);
    says("microsoft's five bil plus nvidia's ten bil, how much is that?", SUM_FIRST);
    says("microsoft's $5B plus nvidia's $10B is how much?", SUM_FIRST);
  });

  it("leaves a second ask after the sum its own", () => {
    says(
      "microsoft's five bil and nvidia's ten bil, what's the total, and when was it announced?",
      /November/u,
    );
  });
});
