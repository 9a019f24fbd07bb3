/**
 * The asker's own career move weighed ("worth retraining from sparky to data centre work?",
 * "데이터센터 쪽으로 이직할 만해?"): advice, declined, not a fact about the compute.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { declinesAsAdvice } = askProbe(knowledgeDir);

describe("a career move weighed", () => {
  it("declines it as advice, in either language", () => {
    declinesAsAdvice("with all this AI money about, is it worth upskilling into GPU cluster work?");
    declinesAsAdvice("worth me going back to uni for data centre engineering after this deal?");
    declinesAsAdvice("엔비디아 데이터센터 쪽으로 전직할 만한가요?");
  });
});
