/**
 * Figures passed on or claimed, and the frames around them: a claim heard from someone somewhere
 * ("a guy on YouTube said…"), a number in words with a one-letter scale ("thirty b"), a claimed
 * figure the knowledge never states ("10 GW?"), advice asked as a choice between companies, and a
 * company's 위치 (its standing, not a site). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { findAmounts } from "../src/search/numbers.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("a figure passed on to be explained", () => {
  it("reads past a teller named with the place they said it", () => {
    says("some analyst on CNBC said 183 billion, what does that number mean?", /\$183 billion/);
    says("my cousin says fifteen billion, what is that figure?", /\$15 billion/);
    says("someone at work said 5 billion, what's that for?", /\$5 billion/);
  });

  it("reads a figure the knowledge states, asked what it is, past the words around it", () => {
    says("350 billion is all over my feed lately, what does that figure mean?", /valuation/);
    says("3500억 달러 숫자가 뉴스마다 나오던데 그 숫자 뭐야?", /기업가치/);
    turnsAway("$20 billion is all over my feed lately, what does that figure mean?");
  });

  it("still answers what a named person said", () => {
    says("what did Nadella say about OpenAI?", /critical partner/);
  });

  it("still turns away a passed-on claim about something else", () => {
    turnsAway("someone at work said it will rain all week, what's that about?");
  });
});

describe("a number in words with a one-letter scale", () => {
  it("is billions after a number word", () => {
    expect(findAmounts("thirty b from msft").map((amount) => amount.key)).toContain("30000000000");
    says("the ten b from nvidia, is that a loan?", /\$10 billion/);
  });

  it("reads 'yard' as a billion only before who or what is paid", () => {
    says("who's the ten yard investor here?", /NVIDIA/);
    expect(findAmounts("from the 10 yard line").map((amount) => amount.key)).not.toContain(
      "10000000000",
    );
  });

  it("is no scale after a digit without a sign, nor in a plan's name", () => {
    expect(findAmounts("plan b").length).toBe(0);
    expect(findAmounts("30 b").map((amount) => amount.key)).not.toContain("30000000000");
  });
});

describe("a claimed figure the knowledge never states", () => {
  it("is checked against the measure it names", () => {
    says("Anthropic locked in 3 gigawatts, correct?", /^No: .*1 gigawatt/);
    says("4기가와트 계약이라던데 맞아?", /^아니에요.*1기가와트/);
  });

  it("is not an answer when only asked about", () => {
    turnsAway("who signed the 7 GW contract?");
  });
});

describe("advice asked as a choice", () => {
  it("is turned away", () => {
    turnsAway("마소랑 엔비디아 둘 중 뭘 사는 게 나아?");
    turnsAway("which etf holds the most nvidia");
    turnsAway("best way to get exposure to anthropic before an ipo?");
  });

  it("is turned away as a holding period, a derivative or a moment to trade", () => {
    turnsAway("단기 투자로는 엔비디아랑 마이크로소프트 중 어디가 좋아?");
    turnsAway("nvda calls or puts after this news?");
    turnsAway("엔비디아 풋옵션 각임?");
    turnsAway("is now an ok entry point for nvidia shares");
    turnsAway("does this news mean I should be shorting MSFT");
    turnsAway("is Claude a solid enterprise bet for us, yes or no?");
  });

  it("turns away the price a share trades at", () => {
    turnsAway("what's nvidia trading at this morning?");
  });

  it("leaves a company's own purchase a question", () => {
    says("마이크로소프트는 엔비디아한테서 뭘 사는 거야?", /엔비디아 시스템/);
  });
});

describe("Claude's models by another name", () => {
  it("are the models Foundry customers get", () => {
    says("what claude flavours are in foundry?", /Sonnet 4\.5/);
  });
});

describe("a company's 위치", () => {
  it("is its standing", () => {
    says("이번 발표 뒤 아마존의 위치는 어떻게 돼?", /주요 클라우드/);
  });

  it("is still a site where a facility's is asked", () => {
    turnsAway("새 데이터센터 위치가 어디야?");
  });
});

describe("an exact amount", () => {
  it("asked for is the amount", () => {
    says(
      "what exact amount did microsoft put in?",
      /^Microsoft committed to invest up to \$5 billion/,
    );
  });

  it("claimed is a fixed amount, which an 'up to' figure is not", () => {
    says("is nvidia's ten billion an exact amount?", /^No\b/);
  });
});
