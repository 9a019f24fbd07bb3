/**
 * Questions of several parts, read as a mechanism (branch parts8): each phrasing here is in no
 * eval set. Every part is answered with its own figure, or said not covered.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { withoutTrailingJoin } from "../src/answer/fallback/question-shape.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

function expectEvery(question: string, patterns: readonly RegExp[]): void {
  const answer = answerFromKnowledge(index, question);
  expect(answer.abstained, answer.text).toBe(false);
  for (const pattern of patterns) expect(answer.text, question).toMatch(pattern);
}

describe("a request in each sentence", () => {
  it.each([
    [
      "Tell me the valuation. Also tell me which hardware Anthropic will use.",
      [/350 billion/, /Grace Blackwell/],
    ],
    ["Name the event where it was announced. Then give NVIDIA's amount.", [/Ignite/, /10 billion/]],
    ["I want the total investment. And I also want the date.", [/15 billion/, /18 November/]],
    ["엔비디아 투자액 알려주세요. 다음으로 애저 구매액도요.", [/100억 달러/, /300억 달러/]],
    ["기업가치 알려줘. 그 다음 발표 행사 이름도.", [/3500억 달러/, /Ignite/]],
  ])("%s answers each sentence", (question, patterns) => expectEvery(question, patterns));

  it("keeps a statement and its tag one claim", () => {
    const answer = answerFromKnowledge(index, "NVIDIA put in ten billion. Is that right?");
    expect(answer.text).toMatch(/^Yes/);
  });
});

describe("one part covered, one not", () => {
  it.each([
    ["When was it announced and who is the author?", [/18 November/, /doesn't say who wrote it/]],
    ["기사 작성자랑 발표 행사 알려줘", [/글쓴이/, /Ignite/]],
    ["who's the writer of this piece, and what did NVIDIA put in", [/who wrote it/, /10 billion/]],
    ["마소 투자금이랑 마소 주가 알려줘", [/50억 달러/, /주가/]],
    ["앤트로픽 기업가치하고 앤트로픽 매출은?", [/3500억 달러/, /매출/]],
  ])("%s answers the covered part", (question, patterns) => expectEvery(question, patterns));
});

describe("a story party and an uncovered company side by side", () => {
  it.each([
    ["Anthropic's valuation and xAI's valuation please", [/350 billion/, /doesn't cover xAI/]],
    ["구글 투자금이랑 엔비디아 투자금 알려줘", [/구글/, /100억 달러/]],
  ])("%s answers the story party's half", (question, patterns) => expectEvery(question, patterns));

  it.each([
    "오픈AI랑 마이크로소프트 계약 규모 얼마야?",
    "xai valuation vs anthropic?",
    "Meta is worth more than Anthropic, right?",
    "엔비디아가 오픈AI에 넣은 돈은?",
  ])("%s stays not covered (a pair's one relation, or a claim)", (question) => {
    expect(answerFromKnowledge(index, question).abstained).toBe(true);
  });
});

describe("a list of three asks after a frame", () => {
  it.each([
    [
      "For our newsletter: NVIDIA's stake, the Azure purchase, and the models on Foundry?",
      [/10 billion/, /30 billion/, /Sonnet/],
    ],
    [
      "the valuation, the hardware and the event — three things please",
      [/350/, /Blackwell/, /Ignite/],
    ],
    [
      "팀장님 보고용으로 기업가치, 애저 구매액, 엔비디아 하드웨어 세 가지 정리 부탁드립니다.",
      [/3500억/, /300억/, /Blackwell/],
    ],
    ["정리 부탁: 투자 총액, 애저 지출, 1기가와트 의미", [/150억/, /300억/, /1기가와트/]],
  ])("%s answers every item", (question, patterns) => expectEvery(question, patterns));
});

describe("how much and why of one subject", () => {
  it.each([
    ["NVIDIA: amount and motive?", [/10 billion/, /demand|ecosystem|depend/]],
    ["엔비 투자 이유랑 액수 정리 좀", [/100억 달러/, /수요|생태계|의존/]],
    ["For NVIDIA, how much and what's in it for them?", [/10 billion/, /demand|ecosystem|depend/]],
  ])("%s gives the figure and the reason", (question, patterns) => expectEvery(question, patterns));

  it("keeps a plain why question one answer", () => {
    const answer = answerFromKnowledge(index, "Why did NVIDIA invest in Anthropic?");
    expect(answer.text).not.toMatch(/^NVIDIA committed/);
  });
});

describe("how exact an amount is wanted, after a comma", () => {
  it("joins the part before, so a payment with no figure stays not covered", () => {
    expect(answerFromKnowledge(index, "마소가 엔비디아에 낸 돈, 정확히 얼마?").abstained).toBe(
      true,
    );
  });

  it("does not turn 'exact' into a question about the article's accuracy", () => {
    expect(answerFromKnowledge(index, "how much did nvidia put in, exact number?").text).toMatch(
      /^NVIDIA committed to invest up to \$10 billion/,
    );
  });
});

describe("a name and what is asked of it, as a part", () => {
  it.each([
    ["nvidia's role + azure's status", [/10 billion/, /30 billion/]],
    ["amazon's role; copilot status", [/Amazon remains/, /Copilot/]],
    ["아마존 역할이랑 코파일럿 상황", [/아마존/, /Copilot/]],
  ])("%s answers each name", (question, patterns) => expectEvery(question, patterns));
});

describe("two questions without spaces", () => {
  it.each([
    ["엔비디아투자액얼마고언제발표했어", [/100억 달러/, /11월 18일/]],
    ["마소투자액얼마고엔비는얼마야", [/50억 달러/, /100억 달러/]],
  ])("%s splits after 얼마고 / 뭐고 before a question word", (question, patterns) =>
    expectEvery(question, patterns),
  );
});

describe("a part that carried the part before's words and got its answer again (parts9)", () => {
  it.each([
    [
      "Does Claude stay in GitHub Copilot, and on what date did they announce this?",
      [/GitHub Copilot/, /18 November/],
    ],
    ["코파일럿에서 클로드 계속 쓸 수 있어? 그럼 발표일은?", [/Copilot/, /11월 18일/]],
    ["Is Amazon still the main cloud, and where was this announced?", [/primary/, /Ignite/]],
  ])("%s answers the later part as written", (question, patterns) =>
    expectEvery(question, patterns),
  );
});

describe("a first item joined by 'and' is asked, not a topic (parts9)", () => {
  it.each([
    [
      "Microsoft's investment figure and what Satya Nadella said about OpenAI",
      [/5 billion/, /critical partner/],
    ],
    ["NVIDIA's stake and the reason behind it", [/10 billion/, /demand/]],
    ["the valuation and the announcement date", [/350 billion/, /18 November/]],
  ])("%s answers both items", (question, patterns) => expectEvery(question, patterns));

  it.each([
    ["what did Microsoft and NVIDIA put in", /15 billion/],
    ["add 10B and 5B, what is it", /add up to \$15 billion/],
  ])("keeps %s one question", (question, pattern) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.text.split("\n\n")[0]).toMatch(pattern);
  });
});

describe("money both ways as the first items of a list, more items after (parts9)", () => {
  it.each([
    ["money in, money out and the compute size for anthropic", [/\$30 billion out/, /1 gigawatt/]],
    ["앤트로픽 받는 돈, 내는 돈, 그리고 발표일", [/내는 돈 300억 달러/, /11월 18일/]],
  ])("%s answers the flows and each later item", (question, patterns) =>
    expectEvery(question, patterns),
  );
});

describe("a covered part beside an uncovered one, 'when's' read as 'when is' (parts9)", () => {
  it.each([
    [
      "when's this from and what's microsoft's share price today",
      [/18 November/, /doesn't cover Microsoft's share price/],
    ],
    [
      "whens the announcement, and how many employees does nvidia have",
      [/18 November/, /doesn't cover NVIDIA's headcount/],
    ],
  ])("%s answers the covered part", (question, patterns) => expectEvery(question, patterns));
});

describe("lists written as lines, numbers or sentences after a frame (parts9)", () => {
  it.each([
    ["Quick ones: Microsoft's stake. The Foundry models.", [/5 billion/, /Sonnet 4\.5/]],
    ["* valuation\n* copilot", [/350 billion/, /GitHub Copilot/]],
    ["1. who invested more 2. when was it announced", [/10 billion/, /18 November/]],
  ])("%s answers each item", (question, patterns) => expectEvery(question, patterns));
});

describe("a polite wrapper around what is asked (parts9)", () => {
  it("is no yes/no question: the items after it are answered", () => {
    expectEvery("Can you give me the hardware and the date?", [/Grace Blackwell/, /18 November/]);
  });

  it("keeps 'tell me whether' a claim to check", () => {
    const answer = answerFromKnowledge(
      index,
      "could you tell me whether nvidia invested 10 billion",
    );
    expect(answer.text).toMatch(/^Yes/);
  });
});

describe("a choice offered between a known word and an unknown one (parts9)", () => {
  it.each([
    ["ignite or build, which one?", /Ignite/],
    ["이그나이트야 아니면 빌드야?", /Ignite/],
  ])("%s answers with the known one's fact", (question, pattern) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(pattern);
  });

  it("keeps a company the knowledge lists as outside it asked about", () => {
    expect(answerFromKnowledge(index, "did nvidia or intel put money in").abstained).toBe(true);
  });
});

describe("every part asks what the record never gives (parts10)", () => {
  it.each([
    "When do the Rubin racks arrive, and when is the capacity switched on?",
    "What's the coupon on NVIDIA's money, and when is it paid back?",
    "앤트로픽 작년 순이익이랑 적자 탈출 시기",
    "야구 결승 누가 이겼어? 그리고 다음 시즌은 언제 시작해?",
  ])("%s is not covered, with no nearby fact", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(true);
    expect(answer.text).not.toMatch(/18 November|11월 18일|billion|억 달러/);
  });

  it("still answers a date asked of the story itself", () => {
    expectEvery("when did this go live, and at which event?", [/18 November/, /Ignite/]);
  });
});

describe("a list under a frame on a line of its own (parts10)", () => {
  it.each([
    [
      "Things to check:\n- Microsoft's stake\n- the event it was announced at",
      [/5 billion/, /Ignite/],
    ],
    [
      "보고서용:\n- 엔비디아 투자액\n- 앤트로픽 기업가치\n- 애저 구매액",
      [/100억 달러/, /3500억 달러/, /300억 달러/],
    ],
  ])("%s answers every line", (question, patterns) => expectEvery(question, patterns));
});

describe("a last sentence saying only how to answer (parts10)", () => {
  it.each([
    ["엔비디아 투자액 얼마, 발표 어디서? 두줄 요약 부탁해요", [/100억 달러/, /Ignite/]],
    ["Microsoft's stake and the valuation? In one line please.", [/5 billion/, /350 billion/]],
  ])("%s answers every ask", (question, patterns) => expectEvery(question, patterns));
});

describe("the article's worry and its mistakes, asked side by side (parts10)", () => {
  it("answers both when 'is the article right' is read only across the parts", () => {
    expectEvery("What concerns the author most, and what did they flub in the intro?", [
      /worry/,
      /15 billion/,
    ]);
  });
});

describe("a claim, then a request for more of it (parts10)", () => {
  it.each([
    [
      "Money runs Anthropic → Microsoft → NVIDIA → Anthropic, correct? Walk me through the steps.",
      /^Yes/,
    ],
    ["앤트로픽→마소→엔비디아→앤트로픽 순으로 도는 구조 맞아? 하나씩 풀어줘", /^맞아요/],
  ])("%s says yes first, then every flow with its amount", (question, lead) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.text).toMatch(lead);
    expect(answer.text).toMatch(/30 billion|300억 달러/);
  });
});

describe("a numbered list with a yes/no item (parts11)", () => {
  it.each([
    [
      "1) NVIDIA's stake 2) the announcement date 3) is Oracle part of it?",
      [/10 billion/, /18 November/],
    ],
    [
      "(a) Azure commitment (b) Microsoft's stake (c) does NVIDIA invest too?",
      [/30 billion/, /5 billion/],
    ],
    ["1. 앤트로픽 기업가치 2. 엔비디아 투자액 3. 아마존도 돈 넣었음?", [/3500억/, /100억/]],
  ])("%s answers each item", (question, patterns) => expectEvery(question, patterns));
});

describe("a part that asks a thing of its own the knowledge lacks (parts11)", () => {
  it.each([
    ["How much does Microsoft put in, and over what timeframe?", [/5 billion/, /doesn't cover/]],
    [
      "Which systems does Anthropic get, and how many buildings house them?",
      [/Grace Blackwell/, /doesn't cover/],
    ],
    ["엔비디아 투자금은 얼마고, 몇 번에 나눠 들어와?", [/100억/, /다루지 않/]],
    ["애저 약정 금액이랑, 어느 지역 데이터센터인지?", [/300억/, /다루지 않/]],
  ])("%s answers the covered part and says the other is not covered", (question, patterns) =>
    expectEvery(question, patterns),
  );

  it("keeps a part with only a pronoun after the question word to the part before", () => {
    const answer = answerFromKnowledge(index, "How much did Satoshi say? what he meant?");
    expect(answer.abstained, answer.text).toBe(true);
  });
});

describe("another unit asked in one part only (parts11)", () => {
  it.each([
    ["1GW는 원화로 얼마 정도고, 어떤 시스템이야?", [/다루지 않/, /Grace Blackwell/]],
    ["What's 1 GW in euros, and who announced the deal?", [/doesn't cover/, /Ignite|November/]],
  ])("%s answers the other part", (question, patterns) => expectEvery(question, patterns));
});

describe("a bulleted list of bare asks is never one claim (parts11)", () => {
  it.each([
    [
      "- Microsoft's number?\n- NVIDIA's number?\n- Azure spend?",
      [/5 billion/, /10 billion/, /30 billion/],
    ],
    [
      "* ms amount?\n* nvidia amount?\n* anthropic spend on the cloud?",
      [/5 billion/, /10 billion/, /30 billion/],
    ],
  ])("%s answers each line", (question, patterns) => expectEvery(question, patterns));
});

describe("a title before a name is no name of its own (parts11)", () => {
  it.each([
    [
      "What did Mr Nadella tell people about OpenAI, and what's NVIDIA's stake?",
      [/critical partner/, /10 billion/],
    ],
    ["Dr. Nadella on OpenAI?", [/critical partner/]],
  ])("%s", (question, patterns) => expectEvery(question, patterns));
});

describe("a covered half beside the half the whole was turned away for (flow12)", () => {
  it.each([
    [
      "Microsoft's equity figure, and the calendar date each chunk gets transferred?",
      [/5 billion/, /doesn't cover/],
    ],
    [
      "Azure deal: total size, and does Anthropic get a discount on it?",
      [/30 billion/, /doesn't cover/],
    ],
    ["마소 투자 금액, 그리고 이사회 의석도 받는지?", [/50억/, /다루지 않/]],
  ])("%s", (question, patterns) => expectEvery(question, patterns));

  it("stays turned away for a modifier, another company or a bare follow-up", () => {
    for (const question of [
      "How much is Anthropic valued at, in yen?",
      "Did Oracle put money in as well, and how much?",
      "Google invested in Anthropic in this deal too, right? How much?",
    ]) {
      expect(answerFromKnowledge(index, question).abstained, question).toBe(true);
    }
  });
});

describe("'what's' after 'and' is no owner's name (flow12)", () => {
  it.each([
    ["How much is the Azure spend and what's Anthropic valued at?", [/30 billion/, /350 billion/]],
    [
      "how big was microsoft's check & what's the post-deal valuation",
      [/5 billion/, /350 billion/],
    ],
  ])("%s", (question, patterns) => expectEvery(question, patterns));
});

describe("a last word asking for every part asks nothing itself (flow12)", () => {
  it.each([
    ["앤트로픽 기업가치랑 애저 구매액 둘 다 말해줘", [/3500억/, /300억/]],
    [
      "What did Microsoft invest, and which NVIDIA systems is the 1 GW on? Both, please.",
      [/5 billion/, /Blackwell/],
    ],
  ])("%s", (question, patterns) => expectEvery(question, patterns));
});

describe("a courtesy after the last item is no item (flow12)", () => {
  it.each([
    [
      "Anthropic's valuation and the event it was announced at, thank you",
      [/350 billion/, /Ignite/],
    ],
    ["the NVIDIA figure and the Foundry models, thx", [/10 billion/, /Sonnet/]],
  ])("%s", (question, patterns) => expectEvery(question, patterns));
});

describe("who wrote a quote is who said it, not the article's author (flow12)", () => {
  it("names the unnamed expert, and still says the article's author is not given", () => {
    expectEvery("who penned that 'circular' comment?", [/unnamed expert/]);
    expect(answerFromKnowledge(index, "who penned this blog post?").abstained).toBe(true);
  });
});

describe("a numbered list after a party (round twelve)", () => {
  it("asks each item of that party", () => {
    const answer = answerFromKnowledge(index, "엔비디아는 1) 얼마 넣었고 2) 왜 넣었어?");
    expect(answer.text).toMatch(/^엔비디아는 앤트로픽에 최대 100억 달러/);
    expect(answer.text).toMatch(/엔비디아는 왜 넣었어/);
  });
});

describe("a quoting 고 at the end of a part", () => {
  it("ends the question, not a join: '얼마라고?' still asks how much", () => {
    expect(withoutTrailingJoin("엔비가 넣은 돈 얼마라고")).toBe("엔비가 넣은 돈 얼마라고");
    expect(withoutTrailingJoin("순환 투자가 뭐고")).toBe("순환 투자가 뭐");
    expectEvery("엔비디아가 앤트한테 꽂은 돈 얼마라고? 장난 아니던데", [/100억/u]);
  });
});
