/**
 * The surface layer: how raw text becomes words and canonical values before any matching.
 * Unicode folding, numbers in every spelling, Korean endings (casual ones too).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { deterministicAnswer } from "../src/answer/answer.ts";
import { systemPrompt } from "../src/answer/claude/prompt.ts";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence, gradeRow, parseRows, summarizeResults } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { conceptSchema } from "../src/knowledge/schema.ts";
import { editDistance, withinOneSlip } from "../src/search/edit-distance.ts";
import { buildGlossary } from "../src/search/glossary.ts";
import { segmentHangul } from "../src/search/hangul-segment.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { isEnding, stripEndings, toJamo } from "../src/search/korean.ts";
import { buildLexicon } from "../src/search/lexicon.ts";
import { normalizeText } from "../src/search/normalize.ts";
import { findAmounts } from "../src/search/numbers.ts";
import { readQuestion } from "../src/search/read-question.ts";
import { tokenize } from "../src/search/tokenize.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir, miniEnglishKnowledgeDir } from "./helpers/paths.ts";

const keys = (text: string) => findAmounts(normalizeText(text)).map((amount) => amount.key);

describe("Unicode folding", () => {
  it("takes combining accents off Latin letters", () => {
    expect(normalizeText("Micro\u0301soft")).toBe("microsoft");
    expect(normalizeText("Nvídia café")).toBe("nvidia cafe");
  });

  it("reads Cyrillic and Greek look-alikes inside a Latin word as Latin", () => {
    expect(normalizeText("NVIDI\u0410")).toBe("nvidia");
    expect(normalizeText("Micr\u03bfsoft")).toBe("microsoft");
    expect(normalizeText("\u0391zure")).toBe("azure");
  });

  it("keeps a real Greek or Russian word", () => {
    expect(normalizeText("Москва")).toBe("москва");
    expect(normalizeText("λόγος")).toBe("λογος");
  });

  it("folds mathematical and full-width letters, invisible characters and soft hyphens", () => {
    expect(normalizeText("\u{1d40d}\u{1d415}\u{1d408}\u{1d403}\u{1d408}\u{1d400}")).toBe("nvidia");
    expect(normalizeText("ａｎｔｈｒｏｐｉｃ")).toBe("anthropic");
    expect(normalizeText("Nvi\u00addia 엔비\u200b디아")).toBe("nvidia 엔비디아");
  });

  it("undoes chat stretching of a Latin letter, but not an address's www (surf6)", () => {
    expect(normalizeText("Whaaat did NVIDIA paaay")).toBe("what did nvidia pay");
    expect(normalizeText("www.anthropic.com")).toBe("www.anthropic.com");
    expect(normalizeText("all three")).toBe("all three");
  });

  it("never decomposes Hangul, and drops a stray mark after a syllable", () => {
    expect(normalizeText("마이크로소프트 투자".normalize("NFD"))).toBe("마이크로소프트 투자");
    expect(normalizeText("엔\u0301비디아")).toBe("엔비디아");
    expect(normalizeText("순환 투자")).toBe("순환 투자");
  });
});

describe("numbers in every spelling", () => {
  it("gives every spelling of one amount the same key", () => {
    const thirty = "30000000000";
    for (const spelling of [
      "$30B",
      "30 billion dollars",
      "30 bil",
      "30bn",
      "thirty billion",
      "$30,000,000,000",
      "300억 달러",
      "300억불",
      "삼백억 달러",
      "3백억",
      "30 billy",
    ]) {
      expect(keys(spelling), spelling).toEqual([thirty]);
    }
  });

  it("reads Sino-Korean numerals, alone and mixed with digits", () => {
    expect(keys("오십억")).toEqual(["5000000000"]);
    expect(keys("백오십억 달러")).toEqual(["15000000000"]);
    expect(keys("3천5백억")).toEqual(["350000000000"]);
    expect(keys("1조 2천억")).toEqual(["1200000000000"]);
    // The particle after the amount is not a digit: 오십억이야 is 50억, not 50억 and 2.
    expect(keys("오십억이야")).toEqual(["5000000000"]);
  });

  it("reads English number words with scales and compounds", () => {
    expect(keys("ten billion")).toEqual(["10000000000"]);
    expect(keys("three hundred fifty billion")).toEqual(["350000000000"]);
    expect(keys("two hundred and fifty")).toEqual(["250"]);
    expect(keys("twenty-five billion")).toEqual(["25000000000"]);
    expect(keys("a billion dollars")).toEqual(["1000000000"]);
    expect(keys("a 5-billion-dollar stake")).toEqual(["5000000000"]);
    expect(keys("10빌리언")).toEqual(["10000000000"]);
    expect(keys("15빌 맞음?")).toEqual(["15000000000"]);
    expect(keys("돈을 빌렸어")).toEqual([]);
  });

  it("reads 'bils', milliards, 'thousand million' and 'half a' (surf6)", () => {
    expect(keys("like 10 bils")).toEqual(["10000000000"]);
    expect(keys("15 milliards")).toEqual(["15000000000"]);
    expect(keys("five thousand million dollars")).toEqual(["5000000000"]);
    expect(keys("half a billion")).toEqual(["500000000"]);
    expect(keys("5 thousand people")).toEqual(["5000"]);
  });

  it("reads English numbers spelt in Hangul before a scale or a unit (surf6)", () => {
    expect(keys("텐빌리언 맞음?")).toEqual(["10000000000"]);
    expect(keys("피프티빌")).toEqual(["50000000000"]);
    expect(keys("원 기가와트")).toEqual(["1gw"]);
    // 투자 and 포기 are words, not "two" and "four".
    expect(keys("투자 포기가 빠르네")).toEqual([]);
  });

  it("reads power in every spelling", () => {
    for (const spelling of [
      "1GW",
      "1 gigawatt",
      "1기가와트",
      "일 기가와트",
      "one gigawatt",
      "1 gig-watt",
      "1 giga watt",
    ]) {
      expect(keys(spelling), spelling).toEqual(["1gw"]);
    }
    expect(keys("10기가와트")).toEqual(["10gw"]);
    expect(keys("500 MW")).toEqual(["0.5gw"]);
  });

  it("tells the currency", () => {
    const currencies = (text: string) => findAmounts(normalizeText(text)).map((a) => a.currency);
    expect(currencies("50억불")).toEqual(["usd"]);
    expect(currencies("US$10bn")).toEqual(["usd"]);
    expect(currencies("10만 원")).toEqual(["krw"]);
    expect(currencies("15bn")).toEqual([undefined]);
  });

  it("leaves words that only look like numerals alone", () => {
    expect(keys("순환 투자 구조")).toEqual([]);
    expect(keys("천문학적인 금액")).toEqual([]);
    expect(keys("which one")).toEqual([]);
    expect(keys("a lot of money")).toEqual([]);
    expect(keys("rtx5090 gpt4")).toEqual([]);
    expect(keys("5090 m")).toEqual(["5090"]);
  });
});

describe("Korean endings", () => {
  it("strips casual endings", () => {
    expect(stripEndings("얼마임")).toBe("얼마");
    expect(stripEndings("투자했냐")).toBe("투자");
    expect(stripEndings("투자함")).toBe("투자");
    expect(stripEndings("넣었노", 1)).toBe("넣었");
  });

  it("takes a chain of endings after a known word (했 + 냐)", () => {
    expect(isEnding("했냐")).toBe(true);
    expect(isEnding("였음")).toBe(true);
    expect(isEnding("자가")).toBe(false);
  });

  it("strips joining and hearsay endings, but not the last syllable of a short noun", () => {
    expect(stripEndings("금액이었고")).toBe("금액");
    expect(stripEndings("구조라던데")).toBe("구조");
    expect(stripEndings("주는거임")).toBe("주");
    expect(stripEndings("최고")).toBe("최고");
  });

  it("does not eat the last syllable of a two-syllable noun", () => {
    expect(stripEndings("게임")).toBe("게임");
    expect(stripEndings("의지")).toBe("의지");
  });
});

describe("typos counted in keystrokes", () => {
  const keystrokes = (a: string, b: string) => editDistance(toJamo(a), toJamo(b), 3);

  it("counts a Korean typo by the keys typed, across syllable boundaries", () => {
    // 솦 + 트 is 소 + 프 + 트 with one vowel key missing: the final ㅍ is the same key as ㅍ.
    expect(keystrokes("마이크로솦트", "마이크로소프트")).toBe(1);
    expect(keystrokes("앤쓰로픽", "앤트로픽")).toBe(1);
    // ㅙ is typed ㅗ + ㅐ: 돼 and 되 are one key apart.
    expect(keystrokes("돼", "되")).toBe(1);
  });

  it("corrects a short Latin word only for a slip of the finger", () => {
    expect(withinOneSlip("nvidua", "nvidia")).toBe(true); // u is next to i
    expect(withinOneSlip("nivdia", "nvidia")).toBe(true); // swapped
    expect(withinOneSlip("raining", "training")).toBe(false); // another word, not a slip
    expect(withinOneSlip("nvidiaa", "nvidia")).toBe(true); // doubled
    expect(withinOneSlip("nvida", "nvidia")).toBe(true); // missing letter
    expect(withinOneSlip("teams", "terms")).toBe(false); // a is far from r: another word
  });

  it("reads a question word's slips by the same rule, its first letter kept and short words whole", () => {
    // One slip rule for both vocabularies (latin-slips.ts reads question words with these limits).
    const questionWord = { firstLetterKept: true, oneLetterFrom: 7 };
    expect(withinOneSlip("eight", "right")).toBe(true); // e is next to r: a knowledge word's slip
    expect(withinOneSlip("eight", "right", questionWord)).toBe(false); // never "right"
    expect(withinOneSlip("rigth", "right", questionWord)).toBe(true); // swapped
    expect(withinOneSlip("whrn", "when", questionWord)).toBe(true); // r is next to e
    expect(withinOneSlip("wat", "what")).toBe(true);
    expect(withinOneSlip("wat", "what", questionWord)).toBe(false); // too short to lose a letter
    expect(withinOneSlip("artcle", "article", questionWord)).toBe(true);
    expect(withinOneSlip("billlion", "billion", questionWord)).toBe(true);
  });
});

describe("unspaced Korean", () => {
  const word = (...forms: string[]) => conceptSchema.parse({ id: `c${forms.length}`, forms });
  const lexicon = buildLexicon(
    [
      word("순환 투자", "순환"),
      word("투자"),
      word("얼마"),
      word("마소"),
      word("기업가치"),
      word("앤트로픽"),
    ],
    [tokenize("이번 투자의 구조 앤트로픽")],
    [],
  );
  const split = (text: string) => segmentHangul(text, lexicon)?.map((segment) => segment.text);

  it("reads a name typed as its initial consonants, and drops other chat jamo (surf6)", () => {
    const read = (text: string) => readQuestion(text, lexicon).tokens.map((token) => token.text);
    expect(read("ㅇㅌㄹㅍ 얼마")).toEqual(["앤트로픽", "얼마"]);
    expect(read("ㅋㅋㅋ 마소")).toEqual(["마소"]);
    // Two letters are too few to tell a name from a chat tag.
    expect(read("ㅁㅅ 얼마")).toEqual(["얼마"]);
  });

  it("splits a run of Hangul into the knowledge's words, each with its ending", () => {
    expect(split("순환투자가")).toEqual(["순환", "투자가"]);
    expect(split("마소투자액은")).toEqual(["마소", "투자액은"]);
    expect(split("앤트로픽투자얼마야")).toEqual(["앤트로픽", "투자", "얼마야"]);
  });

  it("finds a misspelt name inside the run, one keystroke off", () => {
    expect(split("앤트로핔투자얼마")).toEqual(["앤트로핔", "투자", "얼마"]);
    // One key more that makes a syllable more: the name of one syllable fewer is looked at too.
    expect(split("앤트로피기투자얼마")).toEqual(["앤트로피기", "투자", "얼마"]);
  });

  it("prefers the longest words", () => {
    expect(split("기업가치는얼마")).toEqual(["기업가치는", "얼마"]);
  });

  it("lets a run glued to a Latin word open with that word's particle", () => {
    expect(segmentHangul("가앤트로픽투자", lexicon, true)?.map((s) => s.text)).toEqual([
      "가",
      "앤트로픽",
      "투자",
    ]);
  });

  it("splits off an amount written in Sino-Korean numerals (lead7)", () => {
    expect(split("마소오십억투자")).toEqual(["마소", "오십억", "투자"]);
    expect(split("앤트로픽삼천오백억기업가치")).toEqual(["앤트로픽", "삼천오백억", "기업가치"]);
    // A digit counts only before a scale: the particle 이 stays a particle.
    expect(split("마소투자액이오십억")).toEqual(["마소", "투자액이", "오십억"]);
    // No 십, 백 or 천: "구조" is a word, not nine trillion.
    expect(split("투자구조얼마")).toEqual(["투자", "구조", "얼마"]);
  });

  it("does not split what it cannot explain", () => {
    expect(split("오늘날씨어때")).toBeUndefined();
    // One known word in an unknown run (a misspelt name) is left to the typo check.
    expect(split("마소프트웨어라는")).toBeUndefined();
  });

  it("reads an unspaced question like a spaced one", () => {
    const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
    const features = (question: string) => [...index.analyze(question).features.keys()].sort();
    expect(features("순환투자가 왜 문제야?")).toEqual(features("순환 투자가 왜 문제야?"));
    expect(features("엔비디아투자얼마")).toEqual(features("엔비디아 투자 얼마"));
    expect(readQuestion("ㅋㅋㅋ 마소 얼마", index.lexicon).tokens.map((t) => t.text)).toEqual([
      "마소",
      "얼마",
    ]);
    // A known word broken by a stray space is joined again.
    expect(features("엔비 디아 투자액 얼마")).toEqual(features("엔비디아 투자액 얼마"));
    expect(features("앤트 로픽 기업가치")).toEqual(features("앤트로픽 기업가치"));
    // The words glued after an amount are read too, not swallowed by it.
    expect(features("1기가와트는확정이야?")).toEqual(features("1기가와트는 확정이야?"));
    expect(features("오십억불을엔비디아가")).toEqual(features("오십억불을 엔비디아가"));
    // An amount in numerals inside the run is read as the amount (lead7).
    expect(features("마소오십억맞음?")).toEqual(features("마소 오십억 맞음?"));
    expect(features("엔비디아투자액이백억이야?")).toEqual(features("엔비디아 투자액이 백억이야?"));
    // A particle glued to a Latin word opens the next run: it rides on that word.
    expect(features("MS가앤트로픽투자얼마")).toEqual(features("MS가 앤트로픽 투자 얼마"));
    expect(features("Blackwell은엔비디아거야")).toEqual(features("Blackwell은 엔비디아 거야"));
    expect(index.analyze("ceo는뭐라했어").hangulWords).toContain("뭐라했어");
    // Chat jamo carry no words, but a question made of them is still Korean.
    const laugh = index.analyze("ㅋㅋㅋㅋ");
    expect(laugh.terms).toEqual([]);
    expect(laugh.language).toBe("ko");
  });
});

describe("glossary", () => {
  const glossary = buildGlossary([
    { say: ["tl;dr", "eli5"], means: "summary" },
    { say: ["lol"], means: "" },
    { say: ["팽당"], means: "의존도 줄이" },
  ]);

  it("rewrites what a rewrite made into another phrase (surf6)", () => {
    const chained = buildGlossary([
      { say: ["bags"], means: "money" },
      { say: ["throwing money at"], means: "invest in" },
    ]);
    expect(chained.rewrite("throwing bags at them")).toBe("invest in them");
  });

  it("rewrites slang and drops filler, as whole words only", () => {
    expect(glossary.rewrite("tl;dr lol")).toBe("summary");
    expect(glossary.rewrite("eli5 circular")).toBe("summary circular");
    expect(glossary.rewrite("lollipop")).toBe("lollipop");
  });

  it("takes a Korean ending with the phrase, but leaves a longer word alone", () => {
    expect(glossary.rewrite("오픈ai 팽당함?")).toBe("오픈ai 의존도 줄이 ?");
    expect(glossary.rewrite("팽당나무")).toBe("팽당나무");
  });
});

describe("a knowledge folder in English, on another story", () => {
  const knowledge = loadKnowledge(miniEnglishKnowledgeDir);
  const index = buildKnowledgeIndex(knowledge);
  const ask = (question: string) => answerFromKnowledge(index, question);

  it("answers English questions from its English article, quoting it", () => {
    const cost = ask("How much did the tram cost?");
    expect(cost.abstained).toBe(false);
    expect(cost.text).toContain("$480 million");
    expect(cost.citations[0]?.quote).toContain("480 million dollars");
    expect(ask("Who paid the 300 million?").citations[0]?.quote).toContain(
      "The regional government paid",
    );
  });

  it("answers Korean questions from the translation", () => {
    const share = ask("지방정부는 얼마 냈어?");
    expect(share.abstained).toBe(false);
    expect(share.text).toContain("3억 달러");
  });

  it("takes its stop words, advice topics and glossary from its own folder", () => {
    expect(index.lexicon.stopwords.has("line")).toBe(true);
    // "deal" is a stop word only where the manifest says so.
    expect(index.lexicon.stopwords.has("deal")).toBe(false);
    expect(index.analyze("Should I sell my Riverton bonds?").asksForAdvice).toBe(true);
    expect(index.analyze("riverton bonds buy?").asksForAdvice).toBe(true);
    expect(ask("what do shop owners worry about lol").abstained).toBe(false);
  });

  it("knows nothing of the deal, and tells Claude the article is in English", () => {
    expect(ask("How much did Microsoft invest in Anthropic?").abstained).toBe(true);
    expect(systemPrompt(knowledge.manifest)).toContain("a news article (in English)");
    expect(systemPrompt(loadKnowledge(knowledgeDir).manifest)).toContain(
      "a news article (in Korean)",
    );
  });
});

describe("advice", () => {
  const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
  const advice = (question: string) => index.analyze(question).asksForAdvice;

  it("reads 사야 (must buy) only as a word of its own, never inside 회사야 or 기사야 (lead7)", () => {
    expect(advice("앤트로픽은 어떤 회사야?")).toBe(false);
    expect(advice("이거 기사야 블로그야?")).toBe(false);
    expect(advice("그 회사도 투자했어?")).toBe(false);
    expect(advice("엔비디아 지금 사야 함?")).toBe(true);
    expect(advice("엔비디아를사야돼?")).toBe(true);
  });

  it("turns away trading advice in any phrasing, the topic's tickers included", () => {
    for (const question of [
      "MSFT 지금 풀매수?",
      "엔비디아 주식 지금 사도 돼?",
      "nvda buy now?",
      "앤트로픽에 투자해도 돼?",
      "엔비디아 매수 타이밍",
      "마소 주가 오를까",
    ]) {
      expect(advice(question), question).toBe(true);
    }
  });

  it("does not take a question about the story for advice", () => {
    expect(advice("MSFT랑 NVDA 두 회사 투자 비교")).toBe(false);
    expect(advice("Microsoft shares in Anthropic?")).toBe(false);
    // 매수 is also a takeover: only a trader's phrasing is advice.
    expect(advice("매수 금액은?")).toBe(false);
  });
});

describe("the surface tuning set (knowledge/eval/tune-surface.jsonl)", () => {
  it("keeps at least 95%, every off-topic question turned away, no quote altered", () => {
    const knowledge = loadKnowledge(knowledgeDir);
    const index = buildKnowledgeIndex(knowledge);
    const rows = parseRows(
      readFileSync(path.join(knowledgeDir, "eval", "tune-surface.jsonl"), "utf8"),
    );
    const report = summarizeResults(
      rows.map((row) =>
        gradeRow(row, deterministicAnswer(index, row.q, []), knowledge.article.text),
      ),
    );
    const failed = report.results.filter((result) => !result.passed).map((r) => r.row.id);
    expect(report.accuracy, failed.join(" ")).toBeGreaterThanOrEqual(0.95);
    expect(report.byKind.get("abstain"), failed.join(" ")).toEqual([
      report.byKind.get("abstain")?.[1],
      report.byKind.get("abstain")?.[1],
    ]);
    expect(report.badQuotes).toBe(0);
  });
});

describe("words of the deal in other words (glossary, aliases, endings)", () => {
  const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
  const ask = (question: string) => answerFromKnowledge(index, question);
  const says = (question: string, pattern: RegExp) => {
    const answer = ask(question);
    expect(answer.abstained, question).toBe(false);
    expect(`${answer.text}\n${answer.citations.map((c) => c.quote).join("\n")}`, question).toMatch(
      pattern,
    );
  };

  it("reads confusion as a request to explain", () => {
    says("the circle of money bit is confusing, wdym", /순환|circular|loop/i);
    says("기가와트 얘기 헷갈리는데", /기가와트|gigawatt/i);
  });

  it("reads money slang and nicknames", () => {
    says("앤트에 엔비가 박은 돈 얼마야", /100억|10 billion/);
    says("how much is microsoft throwing at anthro", /50억|5 billion/);
    says("젠슨네가 앤트에 넣은 돈", /100억|10 billion/);
  });

  it("reads apostrophe-less contractions and 'which direction' questions", () => {
    expect(firstSentence(ask("it was announced at build, wasnt it").text)).toMatch(/^No/);
    says(
      "which direction does the thirty billion go",
      /Anthropic → Microsoft|앤트로픽 → 마이크로소프트/,
    );
  });

  it("finds the model versions and where the announcement was posted", () => {
    says("오퍼스는 몇 버전이야?", /Opus 4\.1/);
    says("where was the joint announcement posted?", /blogs\.microsoft\.com/);
  });

  it("never answers a tone question with yes, and finds the worry", () => {
    const answer = ask("is the writer spooked by the deal?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/worry|circular/i);
  });

  it("finds a relation's phrase inside unspaced Korean", () => {
    says("아마존이아직주요클라우드임?", /아마존은 여전히 앤트로픽의 주요 클라우드/);
    says("엔비디아가앤트로픽에얼마줬냐", /100억/);
  });

  it("reads a product's maker as the company, and 'god' nicknames (surf6)", () => {
    says("클로드 회사한테 엔비가 넣은 돈", /100억/);
    says("how much did the claude makers get from microsoft", /5 billion|50억/);
    says("갓엔비디아 투자액", /100억/);
  });

  it("reads 'the bag', broken 'how many money' and chat spellings (surf6)", () => {
    says("what size bag did nvda hand anthropic", /10 billion|100억/);
    says("anthropic get how many money from microsoft?", /5 billion|50억/);
    says("wen did msft announce this", /18 Nov|November 2025|11월 18일/);
  });

  it("reads 'adds up', 'refers to' and a figure called a number (surf6)", () => {
    says("what's the amount if you add up both investments", /15 billion|150억/);
    says("두 곳 투자금 합산은", /150억/);
    says("what's the three hundred billion... no, thirty billion referring to?", /Azure|애저/);
    says("삼백억 달러는 무슨 숫자였던 거야", /Azure|애저|클라우드/);
  });

  it("reads a complaint or a tone asked about as the article's worry (surf6)", () => {
    says("what's the columnist moaning about", /순환|circular|worry/i);
    says("기사 어조 어떰", /순환|우려/);
  });

  it("reads 'runs on', 몇 기가 and 'together' (surf6)", () => {
    says("what's the gigawatt of compute going to be running on", /Blackwell|Rubin/);
    says("컴퓨팅 몇 기가 계약함", /1기가와트/);
    says("엔비 앤트로픽이랑 같이 만드는 거 뭐임", /공동|설계|최적화/);
  });

  it("finds a glossary phrase inside unspaced Korean once the run is split (surf6)", () => {
    says("앤트로픽이엔비랑함께개발하는거뭐야", /공동 설계|최적화/);
    says("두회사투자금합산하면얼마", /150억/);
  });

  it("takes a nationality word for what it is, not for a company", () => {
    says("A Korean site says NVIDIA put in 10 billion, right?", /10 billion|100억/);
  });
});

describe("odd numbers asked about (long7)", () => {
  const { index, amountsIn: amountsOf } = askProbe(knowledgeDir);

  it("reads scientific notation as the amount it writes", () => {
    expect(keys("3.5e11 dollars")).toEqual(["350000000000"]);
    expect(keys("1.5 x 10^10")).toEqual(["15000000000"]);
    expect(keys("2E+9")).toEqual(["2000000000"]);
    // A word that only starts with e after a number is not an exponent.
    expect(keys("5 ebooks")).toEqual(["5"]);
  });

  it("reads a bare number where a figure stands at the scale of a figure the facts give", () => {
    expect(amountsOf("so the 350, what is that")).toEqual(["350000000000"]);
    expect(amountsOf("1830이라는 숫자는 뭐임")).toEqual(["183000000000"]);
    expect(amountsOf("what does 15 stand for here")).toEqual(["15000000000"]);
  });

  it("leaves versions, dates, counts, sums and names alone", () => {
    expect(amountsOf("is Haiku 5 coming")).toEqual(["5"]);
    expect(amountsOf("발표가 10월이야?")).toEqual(["10"]);
    expect(amountsOf("will it take 5 years")).toEqual(["5"]);
    expect(amountsOf("3+2=5")).toEqual(["3", "2", "5"]);
    expect(amountsOf("are they using b200 chips")).not.toContain("200000000000");
  });

  it("answers a figure asked about with the fact that holds it, in either language", () => {
    const english = answerFromKnowledge(index, "wait what is the 183 about");
    expect(english.abstained).toBe(false);
    expect(english.text).toMatch(/valuation/);
    const korean = answerFromKnowledge(index, "3500이 무슨 숫자예요?");
    expect(korean.abstained).toBe(false);
    expect(korean.text).toMatch(/기업가치/);
    const bn = answerFromKnowledge(index, "nvidia put in how many bn");
    expect(bn.text).toMatch(/10 billion/);
  });
});

describe("names heard as two words (long7)", () => {
  const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
  const read = (question: string) => readQuestion(question, index.lexicon).normalized;

  it("joins two words that sound like one of the knowledge's names", () => {
    // The concept's own spelling or another of its forms ("ignight", a typo the aliases list).
    expect(read("when is ig night")).toMatch(/^when is ign(?:ite|ight)$/);
    expect(read("micro soft put in what")).toBe("microsoft put in what");
    expect(read("is it the anthro pick one")).toBe("is it the anthropic one");
    expect(read("how much from en vidia")).toContain("nvidia");
  });

  it("leaves words alone that say something else", () => {
    expect(read("they signed it last night")).toBe("they signed it last night");
    expect(read("is it black and white")).toBe("is it black and white");
    expect(read("the right way")).toBe("the right way");
  });

  it("answers the name it heard", () => {
    const answer = answerFromKnowledge(index, "what date was ig night");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/18 November/);
  });
});

describe("a bare number beside a scaled one shares its scale (slang9)", () => {
  it("reads '5 or 10 billion' and '15 bil or 30?' at one scale", () => {
    expect(keys("anywhere from 2 to 3 billion")).toEqual(["2000000000", "3000000000"]);
    expect(keys("twenty bn or forty?")).toEqual(["20000000000", "40000000000"]);
    expect(keys("is it $5B total, or 10?")).toEqual(["5000000000", "10000000000"]);
  });

  it("leaves counts, years and other units alone", () => {
    expect(keys("15B and 30 people")).toEqual(["15000000000", "30"]);
    expect(keys("10 billion over 5 years")).toEqual(["10000000000", "5"]);
    expect(keys("1GW or 2?")).toEqual(["1gw", "2"]);
  });
});
