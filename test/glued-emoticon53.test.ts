/**
 * A smiley or laughter typed onto a question's mark, with a remark after it ("…줬어요?^^ 애들한테
 * 얘기해주려고요", "…invest?lol it's for a quiz"): the mark still ends the question, and the remark
 * is no part of it. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { spaceGluedEmoticons } from "../src/search/glued-emoticons.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("a smiley typed onto the mark", () => {
  it("leaves the question before it answered", () => {
    says("엔비디아는 앤트로픽에 얼마 넣기로 했나요?^^ 애들한테 얘기해주려고요", /100억 달러/u);
    says("엔비디아는 앤트로픽에 얼마 넣기로 했나요~ㅎㅎ 애들한테 얘기해주려고요", /100억 달러/u);
    says("엔비디아는 앤트로픽에 얼마 넣기로 했나요 ^^ 애들한테 얘기해주려고요", /100억 달러/u);
    says(
      "how much is nvidia putting into anthropic?lol it's for a pub quiz tonight",
      /\$10 billion/u,
    );
    says(
      "how much is nvidia putting into anthropic?:) it's for a pub quiz tonight",
      /\$10 billion/u,
    );
  });

  it("still turns away what the question does not cover", () => {
    turnsAway("엔비디아 주가 내일 오를까요?^^ 애들한테 얘기해주려고요");
  });

  it("leaves decimals, laughter inside a sentence and a closing smiley alone", () => {
    expect(spaceGluedEmoticons("3.5배 맞아?")).toBe("3.5배 맞아?");
    expect(spaceGluedEmoticons("마소ㅋㅋ 얼마 넣었어?")).toBe("마소ㅋㅋ 얼마 넣었어?");
    expect(spaceGluedEmoticons("얼마 넣었어?^^")).toBe("얼마 넣었어?^^");
    expect(spaceGluedEmoticons("얼마 넣었어?ㅋㅋ 궁금")).toBe("얼마 넣었어? ㅋㅋ 궁금");
  });
});
