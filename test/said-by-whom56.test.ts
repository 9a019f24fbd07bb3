/**
 * "그 말 누가 한 거": the word asked about first, then who said it, with 한 (not only 했) and 그말
 * typed as one word, asks who said it, as "누가 한 말" does. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("who said the word asked about", () => {
  it("names the unnamed expert", () => {
    says("순환 투자라는 말은 누가 한 건데요", /^.순환 투자. 발언은 이름 없는 전문가/u);
    says("순환투자 그말 누가 한거임", /^.순환 투자. 발언은 이름 없는 전문가/u);
  });
});
