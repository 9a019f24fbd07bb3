/**
 * A list of the people quoted asked for ("인용된 인물 명단", "the list of people quoted") is who the
 * article quotes; a party spoken of in the passive ("어떤 맥락으로 언급되는지") asks where the piece
 * names it, not what it said. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("quoted and mentioned", () => {
  it("answers a list of the people quoted", () => {
    says("기사에 인용된 인물 목록 정리 부탁", /나델라/u);
    says("can I get a list of the people quoted in this piece?", /Nadella/u);
  });

  it("reads a party mentioned in the passive as where it is named", () => {
    says("아마존은 기사에서 어떤 식으로 언급돼요?", /아마존|Amazon/u);
    says("구글은 기사에서 어떤 맥락으로 언급된 거예요?", /구글|Google/u);
  });
});
