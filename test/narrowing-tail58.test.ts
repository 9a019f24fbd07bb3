/**
 * A question, then a few words narrowing it after a comma ("…, which execs?", "…, antitrust or
 * that?"), is one ask: the question is not dropped as chit-chat for the words the knowledge lacks,
 * so what it asks and the story does not cover is said so. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("a question and its narrowing words", () => {
  it("is one ask", () => {
    turnsAwaySaying("so who actually negotiated all this, which execs?", /negotiators/u);
    turnsAwaySaying("are the regulators looking at this deal, antitrust or whatever?", /legal/u);
  });

  it("keeps a narrowing of a covered ask answered", () => {
    says("what did microsoft put in, in dollars?", /\$5 billion/u);
  });
});
