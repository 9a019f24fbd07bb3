/**
 * The mechanisms that make the deterministic answerer hold on phrasing nobody tuned it on:
 * confirmation marks in both languages, claims checked for figure, direction, date and place,
 * two-part questions, and near questions the knowledge does not cover. The questions here are
 * written for these tests, not copied from an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { splitNounList, splitQuestion } from "../src/answer/fallback/question-shape.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { asksToConfirm, isConfirmationTag } from "../src/search/confirmation.ts";
import { datesIn } from "../src/search/dates.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir, miniEnglishKnowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);
const lead = (question: string) => firstSentence(ask(question).text);

describe("confirmation marks (src/search/confirmation.ts)", () => {
  it.each([
    "nvidia put in $10b?",
    "i heard microsoft invested five billion.",
    "am i right that anthropic spends $30b on azure?",
    "correct me if i'm wrong, but the total is 15 billion?",
    "microsoft invested 10 billion, didn't it?",
    "so basically nvidia funds anthropic, yes?",
    "the deal was announced at ignite?",
    "엔비 100억불 ㅇㅇ?",
    "마소가 50억 넣었다며?",
    "앤트로픽 몸값 3500억 그치?",
    "두 회사 합쳐서 150억 달러인가요?",
    "엔비디아가 100억 투자했다고 들었는데",
    "300억 투자라던데 사실이야?",
    "엔비디아 100억 투자 실화냐",
    "마소 50억 맞는지 확인해줘",
    "엔비디아 투자 100억 확실해?",
    "quick sanity check — ms put in $5b",
    "it's true that anthropic pays microsoft $30b",
    "엔비디아가 앤트로픽에 투자했어?",
  ])("%s is a confirmation", (question) => {
    expect(asksToConfirm(question)).toBe(true);
  });

  it.each([
    "how much did nvidia put in?",
    "microsoft's stake?",
    "마소 투자액 얼마임?",
    "누가 더 많이 투자했죠?",
    "does anthropic receive money from microsoft or pay it?",
    "explain the deal, ok?",
    "마소 투자 50억이야 100억이야?",
  ])("%s is not", (question) => {
    expect(asksToConfirm(question)).toBe(false);
  });

  it("knows a tag word on its own", () => {
    expect(isConfirmationTag("right")).toBe(true);
    expect(isConfirmationTag("맞죠")).toBe(true);
    expect(isConfirmationTag("circular")).toBe(false);
  });
});

describe("dates (src/search/dates.ts)", () => {
  it("read the same day however it is written", () => {
    for (const text of ["nov 18", "18 november", "november 18th", "11/18", "11월 18일"]) {
      expect(datesIn(text)).toEqual([{ month: 11, day: 18 }]);
    }
    expect(datesIn("in october")).toEqual([{ month: 10 }]);
    expect(datesIn("2025년 11월")).toEqual([{ month: 11 }]);
  });
});

describe("claims checked against the facts", () => {
  it("a statement with a question mark gets yes or no first", () => {
    expect(lead("NVIDIA put in $10B?")).toMatch(/^Yes.*10 billion/);
    expect(lead("NVIDIA put in $15B?")).toMatch(/^No.*10 billion/);
  });

  it("who pays whom, with or without a figure", () => {
    expect(lead("Anthropic invested in Microsoft, right?")).toMatch(
      /^No, the money goes the other way/,
    );
    expect(lead("Is the $30B going into Anthropic?")).toMatch(/^No, the money goes the other way/);
    expect(lead("앤트로픽이 애저에 300억 달러 쓰는 거 맞아?")).toMatch(/^맞아요/);
    expect(lead("엔비디아가 마이크로소프트한테 돈 주는 거 맞지?")).toMatch(/^아니에요/);
  });

  it("who gets the money from whom", () => {
    expect(lead("Microsoft gets $30B from Anthropic, right?")).toMatch(/^Yes/);
    expect(lead("Anthropic gets $30B from Microsoft, right?")).toMatch(/^No, the money goes/);
    expect(lead("앤트로픽이 마소한테서 50억 받은 거 맞지?")).toMatch(/^맞아요/);
  });

  it("the article's wrong figure is corrected with the right one first", () => {
    expect(lead("헐 300억 투자라고?")).toMatch(/^아니에요.*150억/);
  });

  it("dates and events, however they are written", () => {
    expect(lead("It was announced on 11/18, right?")).toMatch(/^Yes/);
    expect(lead("The deal was announced November 20th, right?")).toMatch(/^No.*18 November/);
    expect(lead("This was announced at Microsoft Build, correct?")).toMatch(/^No.*Ignite/);
    expect(lead("이그나이트에서 발표한 거 맞지?")).toMatch(/^맞아요/);
    expect(lead("구글 I/O에서 발표했다며?")).toMatch(/^아니에요.*Ignite/);
  });

  it("a name claimed as the article's source is a no", () => {
    expect(lead("The circular investment quote came from Satya Nadella, right?")).toMatch(
      /^No.*unnamed expert/,
    );
  });

  it("a negated claim is a no when the facts confirm what it denies", () => {
    expect(lead("Microsoft didn't invest in Anthropic, right?")).toMatch(/^No.*5 billion/);
    expect(lead("NVIDIA doesn't actually invest anything, right?")).toMatch(/^No.*10 billion/);
    expect(lead("Anthropic didn't invest in Microsoft, right?")).toMatch(/^Yes/);
    // A negative question asks to confirm the positive claim; a contrast is not a negation.
    expect(lead("Didn't Microsoft invest $5B?")).toMatch(/^Yes/);
    expect(lead("Anthropic pays Microsoft, not the other way around, right?")).toMatch(/^Yes/);
  });

  it("a model's version is checked through a typo", () => {
    expect(lead("Sonet 4.5 avalable on Foundry?")).toMatch(/^Yes/);
    expect(lead("Foundry gets Opus 4.5, right?")).toMatch(/^No.*Opus 4\.1/);
  });

  it("a yes needs a fact that speaks of every topic the claim names", () => {
    expect(lead("Will Anthropic use the compute for training?")).not.toMatch(/^Yes/);
    expect(lead("Amazon is still Anthropic's primary cloud provider, isn't it?")).toMatch(/^Yes/);
  });

  it("a Korean yes/no question about something that happened", () => {
    expect(lead("엔비디아가 앤트로픽에 투자했어?")).toMatch(/^맞아요/);
    expect(lead("앤트로픽이 마이크로소프트에 투자했어?")).toMatch(/^아니에요, 방향이 반대/);
    // The "AI" of 오픈AI is the party's name, not a name claimed and found in the fact.
    expect(lead("마소가 오픈AI랑 손절했어?")).not.toMatch(/^맞아요/);
  });

  it("a figure claimed of another pair is never checked against this pair's figure", () => {
    expect(lead("Microsoft invested $13 billion in OpenAI, right?")).not.toMatch(/Anthropic/);
  });

  it("a judgement is never a yes from a fact", () => {
    expect(lead("Is this a good deal for Anthropic?")).not.toMatch(/^Yes/);
  });
});

describe("two-part questions", () => {
  it("split at plus, Korean clause joins and noun lists", () => {
    expect(splitQuestion("total investment amount, plus Anthropic's valuation?")).toHaveLength(2);
    expect(splitQuestion("아마존은 어떤 역할로 남고, 클로드는 어디서 쓸 수 있어?")).toHaveLength(2);
    expect(splitQuestion("오십억 로또 당첨되면 뭐 할까")).toHaveLength(1);
    expect(splitQuestion("1) How much did Microsoft invest? 2) Who is the main cloud?")).toEqual([
      "How much did Microsoft invest",
      "Who is the main cloud?",
    ]);
    expect(splitQuestion("the total investment as well as the Azure commitment")).toHaveLength(2);
    expect(splitQuestion("순환 투자라는 말 누가 했고 무슨 뜻이야?")).toHaveLength(2);
  });

  it("a part with no party takes the party of the part before", () => {
    const answer = ask("앤트로픽 가치 얼마로 뛰었고 그 전엔 얼마였어?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/3500억/);
    expect(answer.text).toMatch(/1830억/);
  });

  it("a list of noun phrases asks each", () => {
    const answer = ask(
      "마이크로소프트의 투자 금액과 앤트로픽의 애저 구매 약정액은 각각 얼마입니까?",
    );
    expect(answer.text).toMatch(/50억/);
    expect(answer.text).toMatch(/300억/);
  });
});

describe("near questions are turned away", () => {
  it.each([
    "What will 1 GW of compute cost in electricity per year?",
    "엔비디아 투자금을 원화로 바꾸면 얼마야?",
    "What's 30 billion divided by 4?",
    "How many shares did NVIDIA receive for its investment?",
    "Which Azure regions will host Anthropic's compute?",
    "On what date do the Vera Rubin systems ship?",
    "How much does Microsoft pay NVIDIA for those systems?",
    "How much of the $30B has been paid already?",
    "앤트로픽이 지금까지 애저에 얼마 썼어?",
    "Will the valuation go up after this?",
    "마이크로소프트가 오픈AI에 투자한 총액은?",
    "Claude 5 comes out next month, right?",
  ])("%s", (question) => {
    expect(ask(question).abstained).toBe(true);
  });

  it("without stating another party's figure as what is covered", () => {
    const answer = ask("What's OpenAI's valuation these days?");
    expect(answer.abstained).toBe(true);
    expect(answer.text).not.toMatch(/350/);
  });
});

describe("the same mechanisms on another knowledge folder", () => {
  it("confirm figures in an English story about a tram line, whose facts name no parties", () => {
    const mini = buildKnowledgeIndex(loadKnowledge(miniEnglishKnowledgeDir));
    const miniLead = (question: string) => firstSentence(answerFromKnowledge(mini, question).text);
    expect(miniLead("Riverton spent $480 million on the tram, right?")).toMatch(/^Yes/);
    expect(miniLead("I heard the tram cost $600 million.")).toMatch(/^No.*480 million/);
    expect(miniLead("The regional government paid $300 million?")).toMatch(/^Yes/);
  });
});

describe("casual joins of two or three questions (logic4)", () => {
  it("splits at '+', 'and also', commas between asks and a bare -고 with a question word each side", () => {
    expect(splitQuestion("who's the main cloud + when was the announcement")).toHaveLength(2);
    expect(splitQuestion("what did NVIDIA commit and also who is the CEO quoted")).toHaveLength(2);
    expect(splitQuestion("하드웨어 뭐 쓰고 발표 어디서 했어?")).toHaveLength(2);
    expect(splitQuestion("엔비디아는 앤트로픽에 돈 넣고 있어?")).toHaveLength(1);
    expect(splitNounList("엔비디아 투자금, 앤트로픽 기업가치, 애저 약정액")).toHaveLength(3);
    expect(splitNounList("Who spent more, NVIDIA or Microsoft?")).toHaveLength(1);
  });

  it("answers each part of a comma list, each figure once", () => {
    const answer = answerFromKnowledge(
      index,
      "앤트로픽 기업가치, 엔비디아 투자금, 애저 약정액 알려줘",
    );
    for (const figure of [/3500억/, /100억/, /300억/]) expect(answer.text).toMatch(figure);
  });

  it("answers a part without the party carried from the part before when that one is not covered", () => {
    const answer = answerFromKnowledge(index, "클로드 어떤 모델 들어가고 발표 언제 했어?");
    expect(answer.text).toMatch(/11월 18일/);
  });
});

describe("parts answered from the article (logic4)", () => {
  it("keep every part whose quote differs, name each part, and quote past a section's opening line", () => {
    const answer = answerFromKnowledge(
      index,
      "마이크로소프트는 왜 앤트로픽에 돈 넣었고, 엔비디아는 왜 넣었어?",
    );
    expect(answer.text).toMatch(/의존도를 줄이/);
    expect(answer.text).toMatch(/수요를 창출/);
    expect(answer.text).not.toMatch(/기사 내용:/);
  });
});

describe("parts that lean on the story or on the part before (logic4)", () => {
  it("answer a part that asks only for a relation, and a part asking again in its own words", () => {
    const when = answerFromKnowledge(
      index,
      "When did it all happen, and how much did NVIDIA put in?",
    );
    expect(when.text).toMatch(/18 November 2025/);
    expect(when.text).toMatch(/10 billion/);
    const again = answerFromKnowledge(index, "앤트로픽 몸값 예전엔 얼마였고 요즘은 얼마야?");
    expect(again.text).toMatch(/3500억/);
  });

  it("drop ordinal markers and a lead-in before a colon", () => {
    expect(
      splitQuestion("Firstly: who is the main cloud? Secondly: how much did NVIDIA invest?"),
    ).toEqual(["who is the main cloud", "how much did NVIDIA invest?"]);
    expect(splitQuestion("For my notes: when was it announced, and where?")[0]).toBe(
      "when was it announced",
    );
  });
});

describe("more joins and question forms (logic4, 3)", () => {
  it("splits at a spaced slash before a question word", () => {
    expect(splitQuestion("how much did MS invest / what is Amazon's role")).toHaveLength(2);
    expect(splitQuestion("Grace Blackwell / Vera Rubin systems?")).toHaveLength(1);
  });

  it("reads a Korean negative question as asking to confirm the positive", () => {
    expect(
      firstSentence(answerFromKnowledge(index, "마소가 50억 달러 약속하지 않았어요?").text),
    ).toMatch(/^맞아요/);
  });
});

describe("the kind a question asks for by name (acc5)", () => {
  // Phrasings written for this test: the noun the question word points at picks the fact that
  // names such things, not one that merely mentions the noun.
  it.each([
    "which claude models come with the deal",
    "names of the claude models on offer?",
    "클로드 모델 뭐 나와?",
    "마소 고객한테 가는 클로드 모델 이름?",
    "어떤 클로드 모델을 제공하나요?",
  ])("names the models: %s", (question) => {
    expect(ask(question).text).toMatch(/Sonnet 4\.5/);
  });

  it("reads the asked kind from the question word's noun only", async () => {
    const { askedKinds } = await import("../src/answer/fallback/asked-kind.ts");
    expect(askedKinds(index.analyze("which claude models are there"))).toContain("c:model");
    expect(askedKinds(index.analyze("클로드 모델 뭐 있어"))).toContain("c:model");
    // The noun is only mentioned, not asked for.
    expect(askedKinds(index.analyze("is claude the only frontier model on every cloud?"))).toEqual(
      [],
    );
  });

  it("reads other kinds from the knowledge's keywords too (the event)", () => {
    expect(ask("which event was all this announced at, and what did NVIDIA put in?").text).toMatch(
      /Ignite/,
    );
    // "이름" asks for a name; it is not a kind of its own ("칩 이름" is not "행사 이름").
    expect(ask("앤트로픽 쓰는 엔비디아 시스템 이름").text).toMatch(/Grace Blackwell|Vera Rubin/);
    expect(ask("which event should I attend this year?").abstained).toBe(true);
  });

  it("still turns away a model question about another company", () => {
    expect(ask("what model of car does Satya Nadella drive?").abstained).toBe(true);
  });
});

describe("two-part questions whose second part names only its party (acc5)", () => {
  it("asks the first part's question of the second part's party", () => {
    const why = ask("엔비디아가 투자한 이유는 뭐고 마소는 뭐임?").text;
    expect(why).toMatch(/수요|생태계/);
    expect(why).toMatch(/의존/);
    const again = ask("MS는 왜 앤트로픽에 돈 넣었어? 엔비디아는?").text;
    expect(again).toMatch(/의존/);
    expect(again).toMatch(/수요|생태계/);
  });

  it("shows each part as written, not with the carried words", () => {
    expect(ask("마소는 왜 투자했고 엔비는 왜 했어").text).toContain("“엔비는 왜 했어”");
  });

  it("keeps a name joined to the next part inside that part", () => {
    const answer = ask("엔비디아랑 앤트로픽 협력 내용이랑 쓰는 칩 이름").text;
    expect(answer).toMatch(/공동 설계|최적화/);
    expect(answer).toMatch(/Blackwell|Rubin/);
  });
});

describe("spending read from the party's own outgoing money (acc5)", () => {
  it("reads 씀 after 얼마 as spending, not as using", () => {
    for (const question of ["앤트로픽은 애저에 대략 얼마 씀?", "애저엔 앤트가 얼마나 씀?"]) {
      expect(ask(question).text).toMatch(/^앤트로픽은 마이크로소프트 Azure/);
    }
  });

  // With 씀 read as spending, a party never the spender must not get a payment made to it.
  it("a party that is never the spender spends its own investment, not a payment made to it", () => {
    for (const question of ["엔비디아는 돈 얼마나 씀?", "NVIDIA 돈 얼마 씀?"]) {
      const answer = ask(question).text;
      expect(answer).toMatch(/100억/);
      expect(answer).not.toMatch(/^마이크로소프트는 그 용량을 만들기 위해/);
    }
  });
});

describe("two-part questions, fourth pass (surf6)", () => {
  it("a part that points back with a pronoun takes the part before's topic", () => {
    const ko = ask("순환 투자 구조는 뭐고 그건 왜 우려돼?").text;
    expect(ko).toMatch(/순환/);
    expect(ko).toMatch(/투명성|자본 논리/);
    const en = ask("explain the circular investment, and why is that worrying?").text;
    expect(en).toMatch(/transparen|capital|투명성/i);
  });

  it("a part asking why, with no party of its own, asks it of the part before's topic", () => {
    const answer = ask("순환 투자 구조는 뭐고 왜 우려되는 거임").text;
    expect(answer).toMatch(/투명성|자본 논리/);
  });

  it("keeps a verb's -고 when cutting it off would lose the verb", () => {
    const answer = ask("엔비는 얼마 넣고, 앤트는 애저에 얼마 쓰기로 했음?").text;
    expect(answer).toMatch(/100억/);
    expect(answer).toMatch(/300억/);
    expect(answer).not.toMatch(/기사에서 다루지 않는/);
  });

  it("answers a 'who pays whom' part next to another complete question", () => {
    const answer = ask("Where was it announced, and who is paying whom?").text;
    expect(answer).toMatch(/Ignite/);
    expect(answer).toMatch(/Anthropic → Microsoft/);
  });

  it("still reads 'who pays whom, and how much' as one question", () => {
    expect(ask("who pays whom, and how much?").text).toMatch(/^Both ways|^Anthropic|→/);
  });
});

describe("which party, asked in the story's own words (lead7)", () => {
  it.each([
    ["who put money in?", ["NVIDIA", "Microsoft"]],
    ["which companies are investing?", ["NVIDIA", "Microsoft"]],
    ["who's investing in Anthropic", ["NVIDIA", "Microsoft"]],
    ["누가 투자해?", ["엔비디아", "마이크로소프트"]],
    ["투자한 회사가 어디야?", ["엔비디아", "마이크로소프트"]],
    ["어느 회사가 앤트로픽에 투자했어?", ["엔비디아", "마이크로소프트"]],
    ["앤트로픽한테 돈 넣은 곳이 어디야", ["엔비디아", "마이크로소프트"]],
  ])("%s names every investor first", (question, parties) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    const opening = answer.text.split("\n")[0] ?? "";
    for (const party of parties) expect(opening).toContain(party);
  });

  it("one party named as the investor keeps its own fact", () => {
    const opening = ask("who did NVIDIA invest in?").text.split("\n")[0] ?? "";
    expect(opening).toContain("NVIDIA");
    expect(opening).not.toContain("Microsoft");
  });

  it("the language is the asker's though the glossary reads a phrase in the other one", () => {
    // "money in" is read as "받는 돈".
    expect(lead("who put money in?")).toMatch(/^[^가-힣]+$/u);
  });

  it.each(["who won the game last night?", "누가 이겼어?", "who invested in Uber?"])(
    "%s stays off topic",
    (question) => {
      expect(ask(question).abstained).toBe(true);
    },
  );
});

describe("who pays, read from the question's word order (lead7)", () => {
  it.each([
    ["앤트가 마소한테 얼마 줬어?", "앤트로픽은"],
    ["앤트로픽이 마이크로소프트에게 주는 돈은 얼마?", "앤트로픽은"],
    ["how much does Anthropic give Microsoft?", "Anthropic"],
    ["마소가 앤트한테 얼마 줬어?", "마이크로소프트는"],
    ["how much does Microsoft give Anthropic?", "Microsoft"],
  ])("%s opens with the payer's money", (question, payer) => {
    expect(lead(question).startsWith(payer)).toBe(true);
  });

  it("reads 주다 (give) in its chat forms as a light verb, not an unknown word", () => {
    for (const question of [
      "엔비 앤트한테 얼마 줌",
      "엔비디아가 앤트로픽에 얼마 주냐",
      "엔비 얼마 준대",
    ]) {
      expect(ask(question).abstained, question).toBe(false);
      expect(lead(question), question).toContain("100억");
    }
  });

  it("names a company by its boss as a big brother or by his squad", () => {
    expect(lead("젠슨이형 앤트한테 얼마 줌")).toContain("엔비디아");
    expect(lead("사티아 형님 얼마 넣음?")).toContain("마이크로소프트");
    expect(lead("satya's squad put how much in")).toContain("Microsoft");
  });
});

describe("money received, asked of one party (lead7)", () => {
  it.each([
    "how much money did Anthropic receive?",
    "how much funding did anthropic get",
    "앤트 투자 얼마 받음",
    "앤트로픽이 받은 투자금은 얼마야",
    "앤트로픽 자금 유치 얼마",
  ])("%s lists what flows in, with its sum", (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(lead(question)).toMatch(/50억|\$5 billion/u);
    expect(answer.text).toMatch(/150억|\$15 billion/u);
  });

  it.each([
    "How much did Anthropic receive?",
    "how much is anthropic getting",
    "Anthropic got how much?",
    "How much did Anthropic raise in this deal?",
    "앤트로픽은 얼마 받았어?",
    "앤트로픽 얼마나 받음?",
  ])("%s (no word for money) lists what flows in, with its sum (lead, round 7)", (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/50억|\$5 billion/u);
    expect(answer.text).toMatch(/150억|\$15 billion/u);
  });

  it("'raise' is money in only where money is talked of, and another company's is not covered", () => {
    expect(ask("How much money has OpenAI raised?").abstained).toBe(true);
    expect(ask("How much money has OpenAI raised?").text).not.toMatch(/\$5 billion|\$10 billion/u);
    expect(ask("How much did NVIDIA get out of it?").text).not.toMatch(/^Microsoft → Anthropic/u);
    expect(ask("how much should I raise my prices").abstained).toBe(true);
  });

  it("a noun phrase with a question mark is not a yes/no question", () => {
    expect(lead("엔비디아가 받은 돈은?")).not.toMatch(/^(?:맞아요|아니에요)/u);
    expect(lead("Anthropic gets money?")).toMatch(/^Yes/u);
  });

  it("reads 받다 and 'receive' in any form as light verbs", () => {
    for (const question of [
      "앤트 투자 얼마 받았냐",
      "앤트 투자 얼마 받았다며",
      "what did anthropic receive?",
    ]) {
      expect(ask(question).abstained, question).toBe(false);
    }
  });
});

describe("questions about the story as a whole, with no words of their own (lead7)", () => {
  it.each([
    "what happened?",
    "explain the deal",
    "what's this all about",
    "무슨 일이야?",
    "뭔 소식임",
    "기사 내용 알려줘",
  ])("%s gets the summary", (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/50억|\$5 billion/u);
  });

  it("'이번 거래의 의미는?' (what does this deal mean?) gets the summary too", () => {
    expect(ask("이번 거래의 의미는?").text).toMatch(/50억/u);
  });

  it("'when did this happen?' gets the fact of the relation its words name", () => {
    expect(lead("when did this happen?")).toMatch(/18 November 2025/u);
    expect(lead("이거 언제야?")).toMatch(/2025년 11월 18일/u);
  });

  it.each(["hi", "what can you do?", "who are you?", "ok thanks", "오늘 날씨 소식"])(
    "%s is not a question about the story",
    (question) => {
      expect(ask(question).abstained).toBe(true);
    },
  );
});

describe("'what is the effect on…' asks what the article says about it (lead7)", () => {
  it.each([
    ["이번 투자가 AI 시장 경쟁에 미치는 영향은?", /경쟁/u],
    ["How does this affect OpenAI?", /OpenAI/u],
    ["what's the impact on startups", /startups/u],
  ])("%s", (question, topic) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(topic);
  });

  it("the effect on what the article does not cover is still not covered", () => {
    expect(ask("엔비디아 주가에 미치는 영향은?").abstained).toBe(true);
    expect(ask("impact on nvidia stock price?").abstained).toBe(true);
  });
});

describe("a yes/no part about a name is a part of its own (lead7)", () => {
  it.each([
    ["what's the 1GW about? also is amazon still involved?", /Amazon remains/u],
    ["엔비디아 얼마 넣었어? 아마존은 아직 있어?", /아마존은 여전히/u],
  ])("%s answers both parts", (question, second) => {
    const answer = ask(question);
    expect(answer.text).toMatch(/1 gigawatt|100억/u);
    expect(answer.text).toMatch(second);
  });
});

describe("each party's share asked with 씩 / 각자 (lead7)", () => {
  it("'마소랑 엔비 각자 얼마씩?' names both figures", () => {
    const text = ask("마소랑 엔비 각자 얼마씩?").text;
    expect(text).toContain("50억");
    expect(text).toContain("100억");
  });
});

describe("a function word with an ending is still a function word (lead11)", () => {
  it.each([
    ["the $350 billion figure I keep seeing in headlines, what is that?", "350"],
    ["everyone keeps explaining the 1 GW differently, what is it really?", "1 gigawatt"],
    ["the 30 billion people are talking about, what's that for?", "30 billion"],
    ["what is NVIDIA getting out of the deal?", "NVIDIA"],
    // Verbs of saying, and "according to", frame what is asked as "say" does.
    ["what downside is the author hinting at?", "circular"],
    ["Microsoft's aims, according to the piece?", "OpenAI"],
  ])("%s", (question, fact) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain(fact);
  });

  it("keeps a word the knowledge writes itself, and turns away what it lacks", () => {
    expect(ask("who is seeing the weather forecast today?").abstained).toBe(true);
    expect(ask("what is the Lakers' score, I keep checking").abstained).toBe(true);
  });
});

describe("a boss's name as a noun's modifier names the company (lead11)", () => {
  it.each([
    ["how much is the Huang outfit putting in?", "10 billion"],
    ["what is the Amodei crew valued at these days?", "350"],
  ])("%s", (question, fact) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain(fact);
  });
});

describe("a report's request words ask nothing of their own (lead11)", () => {
  it.each([
    ["엔비디아 투자 규모에 관한 사항 정리 바람", "100억"],
    ["마이크로소프트 투자액 확인 요망", "50억"],
    ["앤트로픽 기업가치 관련 사항 회신 바랍니다", "3500억"],
  ])("%s", (question, fact) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain(fact);
  });
});

describe("a sum of investment claimed of no party is the deal's (lead11)", () => {
  it.each([
    "투자 규모가 400억 달러라던데 사실임?",
    "the investment was 25 billion, right?",
    "an investment of 12 billion dollars, accurate?",
  ])("%s", (question) => {
    const first = lead(question);
    expect(first).toMatch(/^(?:No|아니에요)/u);
    expect(first).toMatch(/15 billion|150억/u);
  });

  it("still says yes to a party's own figure, and reads a valuation as a valuation", () => {
    expect(lead("the investment was 10 billion, right?")).toMatch(/^Yes/u);
    expect(lead("9월 1830억 달러에서 3500억 달러로 오른 거 맞지?")).toMatch(/^맞아요/u);
  });
});
