/**
 * A role its one holder has, claimed of another party: "Is Google the main cloud now?", "마소가
 * 메인 클라우드임?" is a no with the holder's fact; the holder named is still a yes, and where
 * Claude is offered is still read as such. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a role claimed of another party", () => {
  it("says no with the holder", () => {
    says("so google's the main cloud for them now?", /^No\b.*Amazon/u);
    says("마소가 메인 클라우드임?", /^아니에요.*아마존/u);
  });

  it("still says yes for the holder and for where Claude is offered", () => {
    says("Amazon is still the primary cloud, right?", /^Yes\b/u);
    says("Can I get Claude on Google Cloud?", /Google Cloud/u);
  });
});
