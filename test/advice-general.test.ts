/**
 * Advice is recognised by how it is asked (which is the better pick, what should we do), not only
 * by trading words. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("advice in other words", () => {
  it("is turned away", () => {
    for (const question of [
      "앤트로픽이랑 엔비디아 중에 어디에 넣는 게 나을까?",
      "Which company is a better investment, NVIDIA or Microsoft?",
      "How do we get Microsoft to invest in our startup like Anthropic?",
      "우리 회사도 엔비디아 투자 받으려면 뭘 준비해?",
      "마소 주식 지금 타도 되냐",
      "엔비디아 지금 넣어도 괜찮아?",
      "is now the time to get in on msft",
      "마소랑 엔비 둘 중 매수하는 게 나은지 골라줘",
      "엔비디아 사는 게 나은 쪽이야 마소 사는 게 나은 쪽이야?",
      "두 종목 중에 어느 거 담아?",
      "둘 중 어디 매수해요",
    ]) {
      expect(answerFromKnowledge(index, question).abstained, question).toBe(true);
    }
  });

  it("leaves questions about the deal alone", () => {
    expect(
      answerFromKnowledge(index, "앤트로픽이 애저에 들어가도 되는 조건이 뭐야?").abstained,
    ).toBe(false);
    expect(
      answerFromKnowledge(index, "Which company invested more, NVIDIA or Microsoft?").abstained,
    ).toBe(false);
  });
});

describe("a choice of product for the asker's own company (mix4)", () => {
  it("is turned away", () => {
    for (const question of [
      "should our business run claude through google cloud or azure?",
      "저희 팀은 클로드를 AWS로 옮겨야 하나요?",
    ]) {
      expect(answerFromKnowledge(index, question).abstained, question).toBe(true);
    }
  });

  it("leaves the article's own point about startups alone", () => {
    expect(
      answerFromKnowledge(index, "what does the article say startups should worry about?")
        .abstained,
    ).toBe(false);
  });
});

describe("the bot asked to decide, or the asker's own money named", () => {
  it("is turned away", () => {
    for (const question of [
      "would ya buy microsoft here?",
      "If you were me, would you hold NVIDIA through this?",
      "Can you advise on shorting MSFT?",
      "thinking of moving my pension into nvidia, good idea?",
      "제 적금 깨서 엔비디아 담을까요?",
      "너라면 마소 주식 계속 들고 있음?",
      "앤트로픽 상장하면 매수할까?",
      "Is this circular investing a bubble I should short?",
      "is nvda something we should buy after this?",
    ]) {
      expect(answerFromKnowledge(index, question).abstained, question).toBe(true);
    }
  });

  it("leaves the companies' own money and decisions alone", () => {
    for (const question of [
      "Did NVIDIA put money into Anthropic?",
      "How much did Microsoft put in?",
      "엔비디아는 앤트로픽에 얼마 넣었어?",
      "Where does Microsoft's money go?",
    ]) {
      expect(answerFromKnowledge(index, question).abstained, question).toBe(false);
    }
  });
});

describe("trading words that are not the asker's trade", () => {
  it("leave a company buying, and a valuation that went up, alone", () => {
    for (const question of [
      "does msft buy nvidia systems for this?",
      "how much did anthropic's valuation go up?",
      "아마존이랑 앤트로픽 손절각이야?",
    ]) {
      expect(answerFromKnowledge(index, question).abstained, question).toBe(false);
    }
  });

  it("still turn away the asker's own trade", () => {
    for (const question of [
      "msft: buy or sell?",
      "nvda hold rn?",
      "is NVDA a solid long-term hold?",
      "엔비디아 주식 떡상각?",
      "msft stonks to the moon or nah",
    ]) {
      expect(answerFromKnowledge(index, question).abstained, question).toBe(true);
    }
  });
});

describe("advice about the asker's own money", () => {
  it("is turned away", () => {
    for (const question of [
      "Should I move some savings into Microsoft after this?",
      "Would you buy NVIDIA today?",
      "Is this a reason to rebalance my portfolio toward NVIDIA?",
      "Can you advise me whether to sell my Microsoft shares?",
      "Is it too late to buy Microsoft?",
      "엔비디아 지금 살 만함?",
      "앤트로픽 3500억이면 싼 거야 비싼 거야?",
    ]) {
      expect(answerFromKnowledge(index, question).abstained, question).toBe(true);
    }
  });

  it("leaves the companies' own money alone", () => {
    for (const question of [
      "How much money did Microsoft put into Anthropic?",
      "Would you say the money goes round in a circle?",
    ]) {
      expect(answerFromKnowledge(index, question).abstained, question).toBe(false);
    }
  });
});

describe("a creative task about the story", () => {
  it("is turned away: there is nothing to quote", () => {
    for (const question of [
      "Write me a limerick about Microsoft and NVIDIA",
      "앤트로픽 투자로 노래 가사 만들어줘",
      "Make up a riddle about the 1 GW",
    ]) {
      expect(answerFromKnowledge(index, question).abstained, question).toBe(true);
    }
  });

  it("leaves a model named Haiku alone", () => {
    expect(answerFromKnowledge(index, "Is Claude Haiku 4.5 on Foundry?").abstained).toBe(false);
  });
});

describe("'all in' (long7)", () => {
  it("is advice as the asker's move", () => {
    for (const question of [
      "thinking of going all in on NVDA",
      "we're all in on msft now, smart?",
    ]) {
      expect(answerFromKnowledge(index, question).abstained, question).toBe(true);
    }
  });

  it("is not advice as what a company did", () => {
    const answer = answerFromKnowledge(
      index,
      "NVIDIA seems all in on Anthropic, how much did it put in?",
    );
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/10 billion/);
  });
});

describe("a portfolio, a bet against a bubble, a short", () => {
  it("is turned away", () => {
    for (const question of [
      "What portfolio weights would make sense for Microsoft vs NVIDIA?",
      "should we rebalance toward anthropic exposure",
      "is this AI frenzy a bubble that will pop soon?",
      "the $350B number sounds like a bubble we could bet against",
      "엔비디아 지금 숏 칠 타이밍?",
      "포트폴리오에 마소 얼마나 담아?",
    ]) {
      expect(answerFromKnowledge(index, question).abstained, question).toBe(true);
    }
  });

  it("leaves a question about the bubble worry itself to the article", () => {
    for (const question of [
      "does the article think this is a bubble?",
      "AI 버블 얘기랑 순환 투자 관련 있어?",
    ]) {
      expect(answerFromKnowledge(index, question).abstained, question).toBe(false);
    }
  });
});

describe("a service's live status", () => {
  it("is not something a news article can answer", () => {
    for (const question of [
      "is foundry broken at the moment",
      "Azure is slow today, is it just me?",
      "is github copilot not responding for anyone else",
      "코파일럿 지금 먹통이야?",
      "오늘 애저 접속 안 되는 거 나만 그래?",
    ]) {
      expect(answerFromKnowledge(index, question).abstained, question).toBe(true);
    }
  });

  it("leaves availability questions alone", () => {
    for (const question of [
      "Is Claude available in GitHub Copilot now?",
      "클로드 지금 애저에서도 쓸 수 있어?",
    ]) {
      expect(answerFromKnowledge(index, question).abstained, question).toBe(false);
    }
  });
});

describe("the asker's own trade, market view or choice (near12)", () => {
  it("is turned away, whatever story words or figures it names", () => {
    for (const question of [
      "ok so what should we be grabbing after this, nvda?",
      "what r u guys buying on the anthropic news",
      "selling my nvda tomorrow at open before it dumps",
      "we're thinking of loading up on msft after the 5B news",
      "can retail investors invest in anthropic yet?",
      "Where would one buy Anthropic shares?",
      "any anthropic crypto token out there?",
      "엔비 내일 팔려고 하는데 괜찮음?",
      "앤트로픽 주식 사고 싶은데 상장했어?",
      "this 10B news bearish for msft or nah",
      "마소한테 이번 딜 호재임?",
      "for our agency which cloud is best to run claude, azure or google?",
      "우리 팀은 AWS랑 애저 중 어디서 클로드 돌리는 게 나아?",
    ]) {
      expect(answerFromKnowledge(index, question).abstained, question).toBe(true);
    }
  });

  it("leaves a company's purchases and the article's own view alone", () => {
    for (const question of [
      "does microsoft buy nvidia hardware in this deal?",
      "what is anthropic paying microsoft 30B for?",
      "is the writer bearish on the circular deal?",
      "기사는 이번 투자를 호재로 보나요?",
      "for my school report, how much did nvidia invest?",
      "마소가 엔비디아 시스템 사는 거 맞지?",
    ]) {
      expect(answerFromKnowledge(index, question).abstained, question).toBe(false);
    }
  });
});

describe("a holding's weight changed, or a share price said to move (near13)", () => {
  it.each([
    "데이터센터 과잉 걱정되는데 마소 비중 좀 낮출까요?",
    "클라우드주 비중을 확대하는 게 맞나?",
    "반도체 비중 더 늘려도 될지 모르겠네",
    "발표 나오면 엔비디아 주가 오른다던데 얼마까지 가요?",
    "마소 주가 다음 달엔 떨어지겠죠?",
    "엔비디아 공모주였으면 따상 갔으려나",
  ])("%s is advice", (question) => {
    const analysis = index.analyze(question);
    expect(analysis.asksForAdvice, question).toBe(true);
  });

  it.each(["엔비디아 투자가 전체에서 차지하는 비중은?", "앤트로픽 기업가치는 얼마나 올랐어?"])(
    "%s is a question about the deal",
    (question) => {
      expect(index.analyze(question).asksForAdvice, question).toBe(false);
    },
  );
});

describe("the asker's own savings put somewhere (round twelve, lead)", () => {
  it("is advice", () => {
    for (const question of [
      "Would it be worth sinking some of my savings into Microsoft on this news?",
      "Should our SIPP go into an AI tracker because of this?",
      "is it worth buying into nvidia after the deal",
      "Which of the two is the better buy for my grandson's fund?",
      "엔비 전량 정리할까 고민중",
      "마소에 몰빵하면 어떰?",
    ]) {
      expect(answerFromKnowledge(index, question).abstained, question).toBe(true);
    }
  });

  it("leaves the deal's own money alone", () => {
    expect(
      answerFromKnowledge(index, "How much is Microsoft putting into Anthropic?").abstained,
    ).toBe(false);
  });
});

describe("the asker's money, by a plain noun or an allocation", () => {
  it("is advice", () => {
    const { turnsAwayEach } = askProbe(knowledgeDir);
    turnsAwayEach([
      "Is NVIDIA a sensible place to put my redundancy money?",
      "Would Microsoft be a decent company to invest in for my kids?",
      "Our fund should move half a million into NVIDIA shares after this, yes?",
    ]);
  });

  it("leaves the companies' own investments answered", () => {
    const { answersEach } = askProbe(knowledgeDir);
    answersEach([
      "How much did Microsoft invest in Anthropic?",
      "Is NVIDIA investing in Anthropic?",
    ]);
  });
});
