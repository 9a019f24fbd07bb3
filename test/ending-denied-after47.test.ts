/**
 * A second tag that denies a change ("…맞지? 안 바뀐 거지?") restates the first claim: nothing
 * ended. Before, the change word of the second tag was read as claimed and the yes became a no.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a change denied in a second tag", () => {
  it("keeps the yes of the first", () => {
    says("아마존이 아직 주 클라우드 파트너 맞나요? 안 바뀌었죠?", /^(?:맞|네)/u);
    says("Amazon's still the main cloud for Anthropic, right? Nothing changed there?", /^Yes\b/u);
  });

  it("is still a no when the second tag claims the change", () => {
    says("아마존이 메인 클라우드 맞지? 이제 애저로 바뀐 거지?", /아마존은 여전히/u);
  });
});
