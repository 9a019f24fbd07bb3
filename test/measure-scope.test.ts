/**
 * A measure the fact sheet has no figure of (ratio, percentage, duration, count, the date of
 * another event) is not covered: never the nearest figure instead. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("measures the knowledge has no figure of", () => {
  it("turn the question away", () => {
    for (const question of [
      "Grace Blackwell은 이전 세대보다 몇 배 효율적이야?",
      "What percent of Anthropic does NVIDIA own after this?",
      "How many months does the Azure purchase last?",
      "앤트로픽 직원 몇 명이야?",
      "When will Microsoft deliver the compute to Anthropic?",
      "When will the money from NVIDIA arrive?",
      "What's the latency of Claude Opus 4.1?",
      "1기가와트면 칩이 몇 개 들어가?",
      "What does Azure charge Anthropic per GPU hour?",
      "How much does the 1 GW cost to run every month?",
      "엔비디아 지분 몇퍼야?",
      "When is the next Claude model coming out?",
      "On what date will NVIDIA's money be wired?",
      "마이크로소프트 돈은 언제 입금돼?",
      "Is NVIDIA's money paid out in tranches?",
      "마소 50억은 분납이야?",
      "what does the fine print of the Azure deal say?",
      "Does NVIDIA get a seat on the board?",
      "When precisely would the Azure spending begin?",
      "When does the new capacity come online?",
      "그 전문가 실명이 뭐야?",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });

  it("leave measures it does cover alone", () => {
    expect(ask("엔비디아 투자액은 마이크로소프트 투자액의 몇 배야?").abstained).toBe(false);
    expect(ask("When was the partnership announced?").abstained).toBe(false);
    expect(ask("How much compute did Anthropic contract?").abstained).toBe(false);
  });

  it("turn away a judgement of quality, a reaction, or a possessive attribute", () => {
    for (const question of [
      "Which Claude is the best one for coding?",
      "하이쿠가 소네트보다 더 빨라?",
      "클로드 모델 하나만 추천해 줘",
      "What's the most capable model on Foundry?",
      "How did the press react to the partnership?",
      "업계 반응은 어때?",
      "What is Claude Haiku 4.5's token limit?",
      "Apart from the partnership, did Microsoft announce anything?",
      "이 발표 외에 앤트로픽 소식 또 있어?",
      "What else got announced that day?",
      "소네트 4.5 출력 길이는?",
      "베라 루빈 발열은?",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });

  it("leave a ranking by size and a party's own figure answered", () => {
    for (const question of [
      "Who put in the most money?",
      "어느 회사가 제일 많이 투자해?",
      "What's Microsoft's investment in Anthropic?",
      "What's the article's main point?",
      "Besides Azure, which clouds offer Claude?",
      "마이크로소프트 투자 조건은?",
      "앤트로픽이 의존을 줄이려는 거야?",
    ]) {
      expect(ask(question).abstained, question).toBe(false);
    }
  });
});

describe("what is offered beside 'not covered'", () => {
  it("is another party's figure of the same kind, never another person's words", () => {
    const valuation = ask("What is OpenAI valued at?");
    expect(valuation.abstained).toBe(true);
    expect(valuation.text).toMatch(/Anthropic/);
    for (const question of ["What did Jensen Huang say about the deal?", "구글 CEO는 누구야?"]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(/Nadella|나델라/);
    }
  });

  it("turns away a pair that nothing in the knowledge names together", () => {
    const answer = ask("what about the deal between OpenAI and Azure?");
    expect(answer.abstained).toBe(true);
    expect(ask("what does the article say about NVIDIA and OpenAI?").abstained).toBe(false);
  });

  it("reads an end date or a sum received as not covered", () => {
    expect(ask("When does the Azure contract expire?").abstained).toBe(true);
    expect(ask("오픈AI가 마이크로소프트한테 받은 투자금은?").abstained).toBe(true);
  });

  it("names an outside product once, not also as an unknown name", () => {
    const answer = ask("Is Anthropic moving to Google's TPUs?");
    expect(answer.abstained).toBe(true);
    expect(answer.text.match(/TPU/g)).toHaveLength(1);
  });

  it("says a party's fact has no figure rather than quoting another figure", () => {
    const answer = ask("엔비디아 장비를 사들이는 데 마이크로소프트가 얼마 써?");
    expect(answer.abstained).toBe(true);
    expect(answer.text).not.toMatch(/1기가와트|300억/);
  });
});

describe("a kind of thing owned by a party the listing facts do not involve", () => {
  it("is not covered: another party's list would answer a different question", () => {
    for (const question of [
      "Which OpenAI models can I pick in Foundry?",
      "What Google models does Azure host?",
      "오픈AI 모델은 뭐가 있어?",
      "구글의 어떤 모델이 파운드리에 들어가?",
      "Are Google models on Foundry as well?",
      "메타 모델도 파운드리에 들어감?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(/Sonnet 4\.5/);
    }
  });

  it("is answered when the listing facts involve the owner", () => {
    for (const question of [
      "Which Claude models can I pick in Foundry?",
      "앤트로픽 모델은 뭐가 있어?",
      "Which NVIDIA chips will power the compute?",
      "Which Copilot products carry Claude?",
    ]) {
      expect(ask(question).abstained, question).toBe(false);
    }
  });
});

describe("relations the knowledge lists as not covered", () => {
  it("turn away a place, a signatory, a sponsor or the post's audience", () => {
    for (const question of [
      "In what region are the new GPUs going?",
      "베라 루빈 시스템은 어느 도시에 들어가?",
      "Who negotiated on NVIDIA's behalf?",
      "앤트로픽 쪽에서 누가 서명했어?",
      "Was this blog post sponsored?",
      "이 글 협찬이야?",
      "How many likes did the blog post get?",
      "What countries will host the Grace Blackwell systems?",
      "Does Anthropic get a discounted rate on Azure?",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });

  it("leave 'where' questions the facts answer alone", () => {
    for (const question of [
      "Where can developers use Claude?",
      "앤트로픽은 어디에 300억 달러를 써?",
      "Who signed up for the Azure capacity?",
    ]) {
      expect(ask(question).abstained, question).toBe(false);
    }
  });
});

describe("a figure named in one unit and asked for in another", () => {
  it("is not covered: the fact sheet converts nothing", () => {
    for (const question of [
      "What would 1 GW of compute cost in dollars?",
      "1기가와트어치 컴퓨팅은 몇 십억 달러야?",
      "How many megawatts does $30 billion get you?",
      "300억 달러로 전력은 얼마나 돼? 몇 기가와트?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(/30 billion|300억|10 billion|100억/);
    }
  });

  it("leaves the figure's own questions alone", () => {
    for (const question of [
      "What is the 1 GW of compute for?",
      "Who buys the $30 billion of Azure capacity?",
      "How many gigawatts, one or ten?",
      "1기가와트는 누가 써?",
    ]) {
      expect(ask(question).abstained, question).toBe(false);
    }
  });
});

describe("a time the knowledge dates nothing at", () => {
  it("is not covered: a fact of another time would answer a different question", () => {
    for (const question of [
      "How much was Anthropic worth back in 2022?",
      "2023년 앤트로픽 가치는 얼마였어?",
      "What did Anthropic's valuation look like in June 2025?",
      "7월에 앤트로픽 기업가치는 얼마였어?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(/350|3500억/);
    }
  });

  it("leaves the times the facts do give alone", () => {
    for (const question of [
      "What was Anthropic's valuation back in September 2025?",
      "2025년 11월에 뭐가 발표됐어?",
      "What happened on November 18?",
    ]) {
      expect(ask(question).abstained, question).toBe(false);
    }
  });
});

describe("a party's whole capacity, where the facts give this deal's part", () => {
  it("is not covered", () => {
    for (const question of [
      "What's the overall power draw of Microsoft's data centres?",
      "How many gigawatts does NVIDIA produce globally?",
      "마이크로소프트 데이터센터 현재 전력 용량은?",
      "What's Azure's combined capacity in gigawatts?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(/1 gigawatt|1기가와트/);
    }
  });

  it("leaves the deal's own capacity and totals alone", () => {
    for (const question of [
      "How much compute did Anthropic contract in total?",
      "How much data center capacity does Anthropic get?",
      "총 투자액은 얼마야?",
      "What is the total investment in Anthropic?",
    ]) {
      expect(ask(question).abstained, question).toBe(false);
    }
  });
});

describe("a count of a thing the facts name but do not count", () => {
  it("is not covered", () => {
    for (const question of [
      "How many customers does Foundry have?",
      "How many Copilot users switched to Claude?",
      "How many NVIDIA engineers work on the co-design?",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });

  it("is answered when the facts count or list the thing", () => {
    for (const question of [
      "How many clouds offer Claude now?",
      "How many Claude models can Foundry customers choose from?",
      "How many Copilot products carry Claude?",
      "주요 클라우드 몇 개에서 클로드 써?",
    ]) {
      expect(ask(question).abstained, question).toBe(false);
    }
  });
});

describe("a product the knowledge does not know, after 'in' or 'on'", () => {
  it("is a party it does not cover, not a place", () => {
    for (const question of [
      "Will Claude ship as the default model in Slack?",
      "Does Claude run on Bedrock too?",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });

  it("leaves languages, months and known names after 'in' alone", () => {
    for (const question of [
      "Answer in English: what did Microsoft promise?",
      "What did Microsoft announce in November?",
      "Is Claude in Copilot?",
    ]) {
      expect(ask(question).abstained, question).toBe(false);
    }
  });
});

describe("a figure in a year the knowledge never names (slang9)", () => {
  it("is not covered, asked or claimed", () => {
    for (const question of [
      "nvidia's stake in anthropic back in 2022?",
      "앤트로픽 2021년 밸류 얼마였음",
      "anthropic was valued at 350B in 2022, correct?",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });

  it("still checks a claimed year of an event the facts date", () => {
    expect(ask("so they announced it in 2023?").text).toMatch(/^No/);
    expect(ask("2022년에 발표한 거 맞죠?").text).toMatch(/^아니에요/);
    // The partnership's figures do not make its announcement a figure.
    expect(ask("the partnership was made public in 2024, right?").text).toMatch(/^No/);
  });
});

describe("which <thing>: the head of the phrase is what is asked", () => {
  it("answers when the head is known, whatever adjective stands first", () => {
    for (const question of [
      "which shiny new nvidia systems will anthropic run on?",
      "which fancy claude models do foundry customers get",
    ]) {
      expect(ask(question).abstained, question).toBe(false);
    }
  });

  it("turns the question away when the head is unknown", () => {
    for (const question of [
      "which nvidia factories build the systems?",
      "which azure datacenters host the extra compute?",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });
});

describe("the head of the noun phrase, more phrasings (round eight, lead)", () => {
  it("reads an unknown word before a word of the knowledge as narrowing it", () => {
    for (const question of [
      "which specific claude models does foundry offer?",
      "what particular hardware is anthropic using?",
    ]) {
      expect(ask(question).abstained, question).toBe(false);
    }
  });

  it("still turns away an unknown head after a name", () => {
    for (const question of [
      "which azure regions will run it?",
      "what share class did nvidia get",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });
});

describe("when money moves, and what a stake buys", () => {
  it("is not covered: the sources date the announcement, not a payment", () => {
    for (const question of [
      "When exactly does Microsoft's $5B hit Anthropic's bank account?",
      "the 30 billion azure deal starts on which date?",
      "what's the precise day NVIDIA wires the money",
      "앤트로픽은 애저 요금을 언제부터 결제해?",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });

  it("leaves the announcement's own date answered", () => {
    const answer = ask("when did nvidia announce that it would invest?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/18 November 2025/);
  });

  it("reads the announcement's date beside a second ask, a preamble or a guessed month", () => {
    for (const question of [
      "Tiny detail, my proofreader insists: which day was it announced, and where?",
      "when was it anounced and at wich venue",
      "부장님이물어보심 발표일언제임 이그나이트맞나",
      "What date was the deal announced? It wasn't in August, was it?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/18 November 2025|11월 18일/u);
    }
  });

  it("still turns away the time of a thing announced that the knowledge lacks", () => {
    for (const question of [
      "삼성 실적 발표 언제야? 궁금함",
      "When did Samsung announce earnings, and where?",
      "계약 서명은 언제 했어요? 발표랑 같은 날?",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });

  it("is not covered: the size of the stake and the terms of the shares", () => {
    for (const question of [
      "Microsoft gets what percent of Anthropic for its 5 billion?",
      "엔비디아가 받는 지분율은 얼마야?",
      "are NVIDIA's Anthropic shares preferred stock?",
      "마소 투자금은 현금으로 들어가?",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });

  it("leaves a share of the combined investment answered", () => {
    const answer = ask("What share of the combined investment is NVIDIA's?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/two thirds/);
  });
});

describe("a figure at a time the facts give none for", () => {
  it("is not covered: before the deal, for a figure with no earlier one", () => {
    for (const question of [
      "prior to the deal, how much outside investment had Anthropic received?",
      "거래 이전에 앤트로픽이 받은 투자는 총 얼마?",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });

  it("answers the earlier figure the facts do give", () => {
    expect(ask("Anthropic's valuation prior to this deal?").text).toMatch(/183/u);
    expect(ask("거래 전에는 앤트로픽 가치가 얼마였지?").text).toMatch(/1830억/u);
  });
});

describe("other measures the knowledge does not give", () => {
  it("are not covered: a unit price, the accounting, which model is cleverer", () => {
    for (const question of [
      "Grace Blackwell 서버 한 대 얼마야?",
      "what does a single Blackwell rack cost apiece?",
      "Will NVIDIA carry its Anthropic stake at fair value?",
      "마소는 이 지분을 지분법으로 잡아?",
      "Is Claude Opus cleverer than GPT?",
      "마소가 엔비디아 시스템 사는 데 몇조 씀?",
      "what's new in haiku 5?",
      "any news on sonnet 6 for foundry customers",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });
});

describe("versions the facts give", () => {
  it("are still answered", () => {
    expect(ask("what's in haiku 4.5 for foundry?").abstained).toBe(false);
    expect(ask("How much did NVIDIA put in, 10 billion?").text).toMatch(/10 billion/u);
  });
});

describe("'when' with a verb of its own is not another event (lead11)", () => {
  it("answers the announcement's date when the verb is one syllable under its endings", () => {
    for (const question of [
      "그 파트너십 발표 언제 나왔어요?",
      "발표는 대체 언제 났던 거야",
      "딜 발표 언제 떴음?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/11월 18일/);
    }
  });

  it("still turns away the date of an event the knowledge does not have", () => {
    for (const question of ["앤트로픽 상장은 언제 해?", "클로드 신모델 출시는 언제쯤 돼?"]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });
});

describe("the announcement that came out (reg12)", () => {
  it("dates the announcement when asked when it came out (나오다)", () => {
    for (const question of [
      "세 회사 파트너십 공식 발표는 언제 나왔나요?",
      "마소 투자 발표는 언제 나왔죠",
      "파트너십 발표 언제 나온 건가요",
    ]) {
      expect(ask(question).text, question).toContain("11월 18일");
    }
  });

  it("still turns away when a product came out", () => {
    for (const question of ["블랙웰 칩 언제 나왔어?", "베라 루빈 언제 나옴?"]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });
});

describe("where something is built or located (near12)", () => {
  it("is not covered: the record names the cloud, never a site", () => {
    for (const question of [
      "where is microsoft going to build the capacity for the 1 gigawatt?",
      "Which campuses get the new Vera Rubin racks?",
      "in what country will the gigawatt cluster be?",
      "1GW 설비는 어디에 건설돼요?",
      "그래서 데이터센터 위치가 어디야",
      "블랙웰 서버 어디 깔림?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.citations, question).toEqual([]);
    }
  });

  it("still answers where it runs and where it was announced", () => {
    expect(ask("where will the extra gigawatt run, which cloud?").text).toMatch(/Azure/u);
    expect(ask("Where did they announce the partnership?").text).toMatch(/Ignite/u);
    expect(ask("클로드는 어느 클라우드에서 쓸 수 있어?").abstained).toBe(false);
  });
});

describe("whether a product has come out at all (near12)", () => {
  it("is not covered, claim or question", () => {
    for (const question of [
      "has claude opus 4.5 come out?",
      "is sonnet 5 released yet or not",
      "하이쿠 5 출시했어?",
      "오퍼스 4.5 언제 나옴",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(/Opus 4\.1/u);
    }
  });

  it("still answers where a model is offered", () => {
    expect(ask("is opus 4.1 out on foundry?").abstained).toBe(false);
    expect(ask("코파일럿에 소넷 4.5 나와?").abstained).toBe(false);
  });
});

describe("a funding round still to come (near12)", () => {
  it("is not covered", () => {
    for (const question of [
      "any word on the size of anthropic's next raise?",
      "who leads the upcoming series g round?",
      "앤트로픽 차기 라운드 밸류 얼마래?",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });

  it("still answers this round's money", () => {
    expect(ask("how much came in from nvidia in this round?").text).toMatch(/10 billion/u);
  });
});

describe("the announcement's own time, asked in the asker's words (near12)", () => {
  it("is answered", () => {
    expect(ask("공식 발표는 언제 떴나요?").text).toMatch(/11월 18일/u);
    expect(ask("1830억 달러는 언제 기준이에요?").abstained).toBe(false);
  });

  it("still turns away another event's time", () => {
    expect(ask("when does nvidia list on the nasdaq").abstained).toBe(true);
    expect(ask("1기가와트 언제 가동됨?").abstained).toBe(true);
  });
});

describe("a count claimed of a thing the record never counts", () => {
  it("is not covered, whatever figure stands beside it", () => {
    for (const question of [
      "So the gigawatt means roughly 400,000 chips, yes?",
      "I read the Azure deal covers 2 million servers, correct?",
      "1기가와트 하면 서버 10만 대쯤 된다던데 맞아?",
      "엔비디아 칩 20만 개가 들어간다는 거 사실임?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(/^(?:yes|맞아)/iu);
    }
  });

  it("names the thing counted", () => {
    expect(ask("the gigawatt is about 300k servers, right?").text).toContain("number of servers");
  });

  it("leaves a chip's or model's number and a counted thing the record counts alone", () => {
    expect(ask("Anthropic runs on NVIDIA H100 systems, right?").text).not.toContain("number of");
    expect(ask("Foundry customers get Claude Sonnet 4 and Opus 4, right?").abstained).toBe(false);
    expect(ask("Claude is now on all three major clouds, right?").abstained).toBe(false);
    expect(ask("NVIDIA put 10 billion dollars in, right?").abstained).toBe(false);
  });
});

describe("a count of places or firms (몇 곳, 몇 군데)", () => {
  it("is a count: not covered when the knowledge never counts the thing", () => {
    for (const question of [
      "애저 데이터센터는 몇 곳이야?",
      "코파일럿에서 클로드 쓰는 고객사 몇 군데임?",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });

  it("is answered when the article counts the thing ('3대 클라우드')", () => {
    expect(ask("클로드 쓸 수 있는 클라우드 몇 곳?").text).toMatch(/세 주요 클라우드/u);
  });
});

describe("since when something can be used (언제부터 쓸 수 있어)", () => {
  it("is a schedule the announcement does not give", () => {
    const answer = ask("코파일럿에서 클로드 언제부터 이용할 수 있음?");
    expect(answer.abstained).toBe(true);
    expect(answer.text).not.toMatch(/11월 18일/u);
  });
});

describe("the start of a year", () => {
  it("is a time the knowledge dates no figure at", () => {
    for (const question of [
      "올해 초 앤트로픽 몸값은 얼마였어?",
      "what was anthropic's valuation at the start of the year?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(/1830억|183 billion|3500억|350 billion/u);
    }
  });
});

describe("a version asked in addition to those listed", () => {
  it("is not covered: the list says nothing of what may be added", () => {
    for (const question of [
      "Does Foundry offer Claude Sonnet 5 as well?",
      "파운드리에 소네트 5도 들어가?",
      "Can Foundry customers also use Claude Haiku 5?",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });

  it("leaves a claim of another version, or one passed on, to be corrected", () => {
    expect(ask("Foundry customers get Claude Sonnet 5, right?").text).toMatch(/^No/u);
    expect(ask("파운드리에 오퍼스 5도 들어간다던데?").text).toMatch(/^아니/u);
  });
});

describe("counts and schedules in casual Korean (round twelve, lead)", () => {
  it("reads 몇만 장 as a count and 언제부터 씀 as a schedule", () => {
    expect(ask("서버는 몇만 대가 아니라 칩 몇만 장 들어감?").abstained).toBe(true);
    expect(ask("앤트 그 칩 언제부터 씀?").abstained).toBe(true);
  });
});
