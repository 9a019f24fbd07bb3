/**
 * Details the record never gives, asked beside words it covers: a share price's move on a day,
 * a contract's clauses, a return promised on the money. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, turnsAwayEach: expectTurnedAway, turnsAwaySaying } = askProbe(knowledgeDir);

describe("a share price's move on a day", () => {
  it("is not covered, though the day is the announcement's", () => {
    expectTurnedAway([
      "What price did NVDA shares close at after the news?",
      "MSFT 발표날 종가 얼마였어?",
      "Did the stock jump on announcement day?",
      "발표 당일 마소 주가 몇 퍼센트 올랐어?",
    ]);
  });

  it("leaves a rise the record gives answered", () => {
    const answer = ask("앤트로픽 기업가치가 9월 대비 얼마나 올랐나요?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/3500억/u);
  });
});

describe("a contract's clauses and a promised return", () => {
  it("are not covered, whichever commitment they are asked of", () => {
    expectTurnedAway([
      "Does the Azure commitment have a termination clause?",
      "마소랑 앤트 계약에 위약금 있어?",
      "엔비 계약에 독점 조항 들어가 있음?",
      "Is there an exit clause if Anthropic wants out?",
      "Is there a guaranteed return on NVIDIA's money?",
    ]);
  });
});

describe("a term written together with 있음 after an amount in 억", () => {
  it("is still read, though the amount's unit is a run of Hangul", () => {
    expectTurnedAway([
      "마소50억 보호예수있음?",
      "애저 300억 위약금있나요?",
      "엔비디아는 100억 투자했는데 의무보유있냐?",
    ]);
  });

  it("leaves the plain claim of the amount answered", () => {
    expect(ask("마소 50억 투자했어?").text).toMatch(/^맞아요/u);
  });
});

describe("a stake's percent written on to the verb of getting it", () => {
  it("is the share asked, not the investment", () => {
    for (const question of ["엔비는 앤트 지분 몇프로가져감?", "엔비 100억 투자에 지분 몇퍼받음?"]) {
      turnsAwaySaying(question, /비율/u);
    }
  });
});

describe("a part that only leans on a part not covered", () => {
  it("is not covered with it: a comparison with one side, a restating yes or no, a qualifier", () => {
    expectTurnedAway([
      "마소는 지분율이 몇이에요? 엔비랑 비교해서요",
      "Who signed the contract? Was it the same day as the announcement?",
      "계약서 사인은 언제 했어? 발표랑 같은 날이야?",
      "Is there an exit clause? like can NVIDIA pull its money out now?",
      "What will NVIDIA's stock do next year, given the Anthropic investment?",
      "Is the Azure spend spread over a decade? contract length?",
    ]);
  });

  it("still asks by itself after 'like' and a question word", () => {
    const answer = ask("what is jensen getting out of this, like which chips?");
    expect(answer.text).toMatch(/Grace Blackwell|Vera Rubin/u);
  });

  it("leaves a comparison the record gives answered", () => {
    expect(ask("What is Anthropic valued at, compared with before?").text).toMatch(/350/u);
  });
});

describe("a stated figure leading on to a part not covered", () => {
  it("is that part's premise: the whole is not covered", () => {
    expectTurnedAway([
      "엔비디아는 100억 달러 투자하고 이사회 의석 몇 개 받아요?",
      "마소 50억 달러 투자하고 의결권은 어떻게 돼요?",
      "엔비디아는 100억 달러 투자하고 앤트로픽 지분 몇 퍼센트 받아요?",
    ]);
  });

  it("is still answered beside a part the record covers", () => {
    const answer = ask("엔비디아는 100억 달러 투자하고 마소는 얼마 투자했어요?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/50억/u);
  });
});

describe("a count asked with the verb of buying after it", () => {
  it("is not covered: the verb is no thing the record counts", () => {
    expectTurnedAway(["엔비디아 칩 몇 개 사는 거야?", "앤트로픽은 GPU 몇 장 구매하는 거예요?"]);
  });

  it("leaves a count the record gives answered", () => {
    expect(ask("클라우드 몇 개에서 클로드 써?").text).toMatch(/AWS/u);
  });
});

describe("a power figure asked as dollars, 'in dollar terms' or '달러로 치면'", () => {
  it("is a figure in another unit, not the gigawatt's fact", () => {
    expectTurnedAway(["1GW는 달러로 하면 얼마야?", "How much is the 1 GW in dollar terms?"]);
  });
});

describe("the price of one unit of what the record names without a price", () => {
  it("is not covered", () => {
    expectTurnedAway(["what would just one of those NVIDIA systems cost?"]);
  });

  it("leaves 'a single' without a price asked alone", () => {
    expect(ask("Is a single cloud provider enough for Claude?").abstained).toBe(false);
  });
});

describe("an amount asked first, 'In dollar terms, …'", () => {
  it("is the next part's: a payment with no figure stays not covered", () => {
    expectTurnedAway(["In dollar terms, what is Microsoft paying NVIDIA for the systems?"]);
  });

  it("leaves a figure the record gives answered", () => {
    expect(ask("In dollar terms, how much did NVIDIA invest?").text).toMatch(/\$10 billion/u);
  });
});
