/**
 * An arrow typed between two names asks what goes that way ("마소→앤트 뭐 감?"); an arrow given as
 * a premise for the other way does not. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("an arrow between two names", () => {
  it("asks that way only", () => {
    says("엔비 → 앤트로픽 뭐가 가는 거임?", /^엔비디아 → 앤트로픽[^\n]*100억/u);
    says("anthropic -> microsoft, what's that leg?", /^Anthropic → Microsoft[^\n]*\$30 billion/u);
  });
});
