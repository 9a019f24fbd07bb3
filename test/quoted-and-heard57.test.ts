/**
 * A particle typed after a quoted word's closing mark (quoted-words.ts), and where the asker
 * read the talk ("인터넷 댓글에 … 하던데"). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { withoutQuotedParticles } from "../src/search/quoted-words.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("a particle after a quoted word", () => {
  it("drops the particle after the closing mark", () => {
    expect(withoutQuotedParticles("'순환투자'라 하던데")).toBe("'순환투자' 하던데");
    expect(withoutQuotedParticles("“폰지”이라, 뭐야")).toBe("“폰지”, 뭐야");
    expect(withoutQuotedParticles("'조건부'라고 나와요")).toBe("'조건부'라고 나와요");
    expect(withoutQuotedParticles("'폰지'라면")).toBe("'폰지'라면");
    expect(withoutQuotedParticles("it's 'circular' right")).toBe("it's 'circular' right");
  });

  it("answers the quoted slang", () => {
    says("이번 투자를 '폰지'라 부르던데 그게 무슨 소리요", /순환/u);
  });
});

describe("where the talk was read is no word of the question", () => {
  it("answers after an internet comment or a group chat", () => {
    says("커뮤니티 댓글에서 순환 투자라고 하던데 뭔 뜻이야", /순환/u);
    says("단톡방에 엔비디아가 얼마 넣었냐고 물어보던데 얼마요", /100억/u);
  });

  it("still abstains off the story", () => {
    turnsAway("인터넷 댓글 쓰는 요령 좀 알려줘");
  });
});
