/**
 * "open", "opens", "opened" say nothing of the story (an office opened, a review opened), and two
 * unknown words ("open eye") are then not heard as OpenAI outside a question about the story;
 * "open source" is a licence, its "source" no quote's. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("open", () => {
  it("turns away what opens and open source", () => {
    turnsAway("keep an open eye on the weather for me");
    turnsAway("Is Claude open source now?");
  });

  it("still reads OpenAI written apart", () => {
    says("is open ai still microsoft's partner?", /OpenAI/u);
  });
});
