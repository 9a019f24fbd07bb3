/**
 * Money said to go back where it came from ("결국 다시 MS로 돌아가는 거예요?") asks which way it
 * flows, as money coming back ("돌아오는") did: both legs answer, not the one investment. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("money going back", () => {
  it("is both legs of the flow", () => {
    says("엔비디아가 준 100억은 결국 다시 엔비디아로 돌아가는 거예요?", /^양쪽 다예요/u);
  });
});
