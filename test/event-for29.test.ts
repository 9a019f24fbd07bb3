/**
 * An event named before a word for an event, after "for" and in two words ("announced for
 * Microsoft Build conference?"), is the claim's place, checked against the announcement's own.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("an event after 'for'", () => {
  it("says no with the announcement's event", () => {
    says("They revealed it for the Google I/O conference, right?", /^No\b.*Ignite/su);
    says("Was the deal announced for Microsoft Build event?", /^No\b.*Ignite/su);
  });

  it("says yes to the right event", () => {
    says("It was unveiled for the Microsoft Ignite conference, right?", /^Yes\b/u);
  });
});
