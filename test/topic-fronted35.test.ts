/**
 * A noun phrase said first, then a question that points back to it ("the 10B from nvidia, when
 * does it land?"): the phrase is the question's subject, not a claim of its own to confirm.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("a topic said before the question", () => {
  it("is what the question asks about", () => {
    says("ok nvidia's piece, how big is it?", /^NVIDIA committed to invest up to \$10 billion/u);
  });

  it("is not confirmed on its own", () => {
    turnsAway("so the 5B from microsoft, when does it actually land?");
    turnsAway("the 10B from nvidia, when is it paid?");
  });
});
