/**
 * Scots "fir" (for) and "themsels" (themselves): "did Microsoft grab it aw fir themsels?" asks
 * whether Microsoft has Claude to itself. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("Scots for and themselves", () => {
  it("is read as English", () => {
    says("is claude still on google's cloud or did microsoft grab it aw fir themsels?", /Google/u);
  });
});
