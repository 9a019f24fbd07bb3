/**
 * A why with the Singlish question mark "or not" ("got say why microsoft invest or not?"): the
 * "or not" marks the question, the why is what is asked; it is no claim to answer yes with a
 * figure. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);

describe("a why closed by 'or not'", () => {
  it("gives the reason", () => {
    const answer = ask("can tell me why nvidia put money in or not");
    expect(answer.text).toMatch(/OpenAI/u);
    expect(answer.text).not.toMatch(/^Yes/u);
  });
});
