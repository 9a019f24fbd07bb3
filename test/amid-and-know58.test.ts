/**
 * Words around the ask that ask nothing: "in the middle of all this hullabaloo" is "amid" it, and
 * 경상 "…뭐라 캤는지 아나" asks what was said, as "…했는지 알아?" does. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("words around the ask", () => {
  it("reads 'in the middle of' as 'amid'", () => {
    says("in the midst of all this ruckus what did nadella say about openai", /critical partner/u);
  });

  it("reads 아나 after what is asked as 알아", () => {
    says("오픈AI 두고 나델라가 뭐라 했는지 아나?", /나델라/u);
  });
});
