/**
 * Older and regional speakers' endings (는감, 인감, 는가, 한겨, 주소 / 보소), unspaced Korean and
 * English, valuation slang asked as a fact, and advice with English trade verbs inside Korean
 * (korean-dialect.ts, latin-segment.ts, stopwords.ts, advice-calls.ts, the glossary). Phrasings
 * here are in no eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { foldKoreanDialect } from "../src/search/korean-dialect.ts";
import { segmentLatin } from "../src/search/latin-segment.ts";
import { readQuestion } from "../src/search/read-question.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("older speakers' question endings read as the plain question", () => {
  it.each([
    ["엔비디아는 얼마 내는감", "엔비디아는 얼마 내나요"],
    ["그 숫자 맞는감?", "그 숫자 맞나요?"],
    ["계약은 언제 맺었는감", "계약은 언제 맺었나요"],
    ["본사가 어디인감", "본사가 어디인가요"],
    ["그 회사 투자한 금액이 얼마였는가", "그 회사 투자한 금액이 얼마였나요"],
    ["클로드도 애저에서 돌아가는가?", "클로드도 애저에서 돌아가나요?"],
    ["그거 누가 한겨", "그거 누가 한 거야"],
    ["좀 알려주소", "좀 알려주세요"],
    ["차근차근 설명해주소", "차근차근 설명해주세요"],
    ["이것 좀 들어보소", "이것 좀 들어보세요"],
  ])("%s -> %s", (question, plain) => {
    expect(foldKoreanDialect(question)).toBe(plain);
  });

  it.each([
    "회사주소 알려줘",
    "이메일주소가 뭐야",
    "인감 도장 찍었어",
    "한겨레 기사 봤어?",
    "장소가 어디야",
    "는가",
  ])("%s keeps its words", (question) => {
    expect(foldKoreanDialect(question)).toBe(question);
  });

  it.each([
    ["마소는 앤트에 얼마 넣는감", "50억"],
    ["엔비디아가 앤트로픽에 얼마 넣었는가", "100억"],
    ["엔비랑 마소 합쳐서 얼마 부은겨", "150억"],
    ["발표한 날짜가 언제인감", "11월 18일"],
    ["앤트로픽 몸값이 시방 얼마나 하는감", "3500억"],
  ])("%s is answered with %s", (question, figure) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain(figure);
  });

  it.each([
    "아따 이 순환투자가 뭔 말임",
    "순환 구조 그게 뭔 소리여 좀 알기 쉽게 풀어주소",
    "워매 순환투자라는거 쉽게 풀어서 설명 좀 해주소",
  ])("%s asks what circular investment is", (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain("순환");
  });

  it("solving a problem is no request to explain the story", () => {
    expect(ask("이 수학 문제 좀 풀어줘").abstained).toBe(true);
  });
});

describe("English typed together is split against the knowledge's words", () => {
  it.each([
    ["circularinvestment", ["circular", "investment"]],
    ["thisarticle", ["this", "article"]],
    ["thedeal", undefined],
    ["keyboard", undefined],
    ["therapist", undefined],
  ])("%s -> %j", (run, words) => {
    expect(segmentLatin(run, index.lexicon)).toEqual(words);
  });

  it.each([
    ["whendid nvidia invest", "when did nvidia invest"],
    ["howmany gigawatts did anthropic buy", "how many gigawatts did anthropic buy"],
    ["whois the author", "who is the author"],
  ])("a glued question word: %s", (question, normalized) => {
    expect(readQuestion(question, index.lexicon).unglossed).toBe(normalized);
  });

  it("a question typed with its words glued is answered", () => {
    const answer = ask("explain thecircular investment thing howdoes it work");
    expect(answer.abstained).toBe(false);
    expect(answer.text.toLowerCase()).toContain("loop");
  });
});

describe("valuation slang asked of Anthropic is the valuation fact", () => {
  it.each([
    ["앤트 밸류 얼마까지 올라간 거임", "3500억"],
    ["발표 자료에 넣을 건데 앤트로픽 밸류에이션 얼마야", "3500억"],
    ["앤트로픽 시총 대충 얼마야", "3500억"],
    ["what's the anthropic market cap after the deal", "350"],
    ["claude maker mcap now?", "350"],
  ])("%s -> %s", (question, figure) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain(figure);
  });

  it("a listed company's market cap is not Anthropic's valuation", () => {
    expect(ask("nvidia market cap right now?").text).not.toContain("350");
  });

  it("how far a price will go is still a forecast", () => {
    expect(ask("엔비디아 주가 얼마까지 올라갈까").abstained).toBe(true);
  });
});

describe("advice with English trade verbs or the asker's own account", () => {
  it.each([
    "MSFT 지금 sell 할까요?",
    "엔비디아 buy 해야 돼?",
    "엔비 좀 더 사는 거 어떨까요",
    "내 IRA에 엔비디아 좀 있는데 이번 딜 보고 괜찮나",
    "planning on selling my nvda shares, thoughts?",
    "thinking about buying more microsoft after this",
    "offloading my msft tomorrow, smart?",
  ])("%s is turned away", (question) => {
    expect(ask(question).abstained).toBe(true);
  });

  it.each([
    ["보고서에 넣을 건데 마이크로소프트 투자액 얼마야", "50억"],
    ["microsoft buys nvidia systems, right?", "NVIDIA"],
  ])("%s is a question about the story", (question, expected) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain(expected);
  });
});

describe("slang for machines and radio openers", () => {
  it.each([
    "which rigs does anthropic train on, nvidia ones?",
    "breaker one nine, what nvidia rigs is claude running on",
  ])("%s asks for NVIDIA's systems", (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain("Blackwell");
  });
});

describe("a company named right before its product is one party of a payment", () => {
  it.each([
    ["마이크로소프트 애저에 앤트로픽이 돈을 얼마나 쓰기로 했어?", "300억"],
    ["마소 애저 쪽에 앤트가 돈 쓴다는데 그게 얼마임", "300억"],
    ["on microsoft azure, how much money is anthropic committing?", "30 billion"],
  ])("%s -> %s", (question, figure) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain(figure);
  });

  it("two parties where one buys from the other stay two", () => {
    const answer = ask("마소 엔비 둘이 같이 앤트한테 넣은 돈 합치면 얼마야");
    expect(answer.text).toContain("150억");
  });
});

describe("a listener's text: the host addressed and the sending said ask nothing", () => {
  it.each([
    ["작가님, 앤트로픽 기업가치가 얼마나 된다고요? 궁금해서 문자 남깁니다.", "3500억"],
    [
      "안녕하세요 피디님, 출근길에 듣는데 엔비디아가 얼마 넣었는지 궁금해서 메시지 보냅니다",
      "100억",
    ],
    ["마이크로소프트가 넣은 돈이 얼마인지 궁금해서 문의드려요", "50억"],
  ])("%s -> %s", (question, figure) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain(figure);
  });

  it("the address is dropped, the question kept", () => {
    expect(readQuestion("캐스터님, 순환투자가 뭐예요", index.lexicon).normalized).not.toContain(
      "캐스터",
    );
  });
});
