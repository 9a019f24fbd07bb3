/**
 * Slang (slang7, slang8): a company named by something of its own ("X's company", "X네", "X ppl"),
 * Korean helper verbs after a slang verb, chat tags, slang verbs given once in their dictionary
 * form and read in every chat form, a boss's name as his company, emoji. Phrasings not in any
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { englishVerbForms, restoreDroppedG } from "../src/search/english-conjugate.ts";
import { buildGlossary } from "../src/search/glossary.ts";
import { verbForms } from "../src/search/korean-conjugate.ts";
import { normalizeText } from "../src/search/normalize.ts";
import { findAmounts } from "../src/search/numbers.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says, turnsAway } = askProbe(knowledgeDir);

describe("a company named by its product or its boss", () => {
  const glossary = buildGlossary([
    { say: ["widget", "jo"], means: "acme", owner: true },
    { say: ["위젯"], means: "애크미", owner: true },
  ]);

  it("reads the possessive phrases of a name as the company, in both languages", () => {
    expect(glossary.rewrite("the company behind widget")).toBe("the acme");
    expect(glossary.rewrite("jo's crew said")).toBe("acme said");
    expect(glossary.rewrite("maker of widget")).toBe("acme");
    expect(glossary.rewrite("위젯네가 뭐 함")).toBe("애크미 뭐 함");
    expect(glossary.rewrite("위젯 만든 회사")).toBe("애크미");
  });

  it("leaves the name alone, and a longer word that starts with it", () => {
    expect(glossary.rewrite("is widget good")).toBe("is widget good");
    expect(glossary.rewrite("widgetry company")).toBe("widgetry company");
    expect(glossary.rewrite("위젯네트워크")).toBe("위젯네트워크");
  });

  it("answers with the company's fact (knowledge/glossary.json's names)", () => {
    says("what did the geforce people put into anthropic", /10 billion|100억/);
    says("the people behind claude are valued at what now", /350 billion/);
    says("빌게이츠네 회사가 넣은 돈 얼마", /50억/);
    says("코파일럿 만든 데는 앤트로픽에 얼마 투자", /50억/);
  });

  it("still turns away another company named this way", () => {
    expect(ask("how much is the chatgpt maker worth").abstained).toBe(true);
    expect(ask("올트먼네 회사 몸값").abstained).toBe(true);
  });

  it("reads chat forms: ppl, co, inc, lab, guy, 집, 진영", () => {
    expect(glossary.rewrite("the widget ppl")).toBe("the acme");
    expect(glossary.rewrite("widgetco")).toBe("acme");
    expect(glossary.rewrite("widget inc said")).toBe("acme said");
    expect(glossary.rewrite("jo's lab")).toBe("acme");
    expect(glossary.rewrite("위젯집")).toBe("애크미");
    expect(glossary.rewrite("위젯 진영이")).toBe("애크미");
  });

  it("answers with the company's fact for the chat forms too (knowledge/glossary.json's names)", () => {
    says("how much did the surface ppl pony up", /5 billion/);
    says("지포스 진영이 앤트에 꽂은 금액", /100억/);
    says("what's dario's lab valued at", /350 billion/);
    says("what did outlook's parent company yeet into anthropic", /5 billion/);
  });
});

describe("Korean helper verbs after a slang verb", () => {
  const glossary = buildGlossary([{ say: ["꽂아", "스폰"], means: "투자" }]);

  it("keeps the slang verb's meaning with 주다, 버리다 or 해주다 after it", () => {
    expect(glossary.rewrite("얼마 꽂아줬냐")).toBe("얼마 투자");
    expect(glossary.rewrite("꽂아버림")).toBe("투자");
    expect(glossary.rewrite("스폰해드림")).toBe("투자");
  });

  it("leaves a longer word alone", () => {
    expect(glossary.rewrite("꽂아주세요네")).toBe("꽂아주세요네");
  });

  it("finds the investment through them (knowledge/glossary.json)", () => {
    says("마소가 얼마 꽂아준 거임", /50억/);
    says("엔비 얼마 스폰해줬음", /100억/);
  });
});

describe("money, rise and loop slang (knowledge/glossary.json)", () => {
  it("reads hating on / 싫어함 about the deal as the writer's worry", () => {
    says("is the columnist not a fan of this deal", /circular|worry/i);
    says("글쓴이가 이번 거래 싫어하는 듯?", /순환|우려/);
  });

  it("reads 현질, 뒷배 and 얼마치 as money put in", () => {
    says("엔비디아 현질 금액 알려줘", /100억/);
    says("마소 뒷배 서준 돈", /50억/);
    says("앤트로픽이 애저 얼마치 사기로 했더라", /300억/);
  });

  it("reads 태우다 as money either way: put in, or spent on Azure", () => {
    says("엔비가 태운 금액 얼마였음", /100억/);
    says("앤트로픽이 애저 쓰려고 태우는 돈", /300억/);
  });

  it("reads 떡상 as a rise and glow up as one", () => {
    says("앤트로픽 몸값 떡상 정도", /3500억/);
    says("anthropic's glow up, what's it valued at", /350 billion/);
    says("앤트 몸값 떡상해서 어디까지 갔나", /3500억/);
  });

  it("reads a pyramid or Ponzi scheme and a money glitch as the circular structure", () => {
    says("다단계 같다는 우려 기사에서 뭐라고 함", /순환/);
    says("money glitch between the three firms, what does the piece call it", /circular/i);
  });

  it("reads a deal that went public as announced, but not a company that did", () => {
    says("when did the partnership go public", /18 November|November 18/);
    expect(ask("did nvidia go public before 2000").abstained).toBe(true);
  });

  it("turns away the same slang about other things", () => {
    expect(ask("피자 땡기는데 추천 좀").abstained).toBe(true);
    expect(ask("모바일 게임 현질 얼마가 적당함").abstained).toBe(true);
    expect(ask("how do i report a pyramid scheme").abstained).toBe(true);
  });
});

describe("English chat tags", () => {
  it("reads based?, we good? and legit? as asking to confirm", () => {
    expect(ask("anthropic buys 30 billion of azure, based?").text).toMatch(/^Yes/);
    expect(ask("nvidia went in for 10b, we good?").text).toMatch(/^Yes/);
    expect(ask("it was announced at build, legit?").text).toMatch(/^No/);
  });

  it("reads 'facts or cap?' and 'real or fake' as one yes/no tag, not as a choice", () => {
    expect(ask("microsoft is in for 5 billion, true or cap?").text).toMatch(/^Yes/);
    expect(ask("claude is on google cloud too, fake or real").text).toMatch(/^Yes/);
  });

  it("still asks rather than confirms with a question word", () => {
    expect(ask("how much did msft invest, legit question").text).toMatch(/5 billion/);
  });
});

describe("a party's cut and letter-named companies", () => {
  const glossary = buildGlossary([{ say: ["'s cut"], means: "investment" }]);

  it("reads 'X's cut' right after the name, but not a cut on its own", () => {
    expect(glossary.rewrite("acme's cut?")).toBe("acme investment ?");
    expect(glossary.rewrite("a cut in costs")).toBe("a cut in costs");
    expect(glossary.rewrite("acme's cutoff")).toBe("acme's cutoff");
  });

  it("answers with the party's investment, and A사/N사 as the deal's companies (data)", () => {
    says("so what was nvidia's cut", /10 billion|100억/);
    says("A사한테 M사가 넣은 돈", /50억/);
  });
});

describe("a verb's chat forms, derived from its dictionary form", () => {
  it("gives a Korean verb's forms: vowel stems, consonant stems, 르 verbs, 하다 verbs", () => {
    expect(verbForms("던지다")).toEqual(expect.arrayContaining(["던져", "던졌", "던진", "던짐"]));
    expect(verbForms("얹다")).toEqual(expect.arrayContaining(["얹어", "얹었", "얹은", "얹는다"]));
    expect(verbForms("지르다")).toEqual(expect.arrayContaining(["질러", "질렀", "지른"]));
    expect(verbForms("지르다")).not.toContain("지러");
    expect(verbForms("수혈하다")).toEqual(expect.arrayContaining(["수혈해", "수혈했", "수혈함"]));
    expect(verbForms("얼마 던지다")).toContain("얼마 던졌");
  });

  it("never makes a bare one-syllable stem a form (박 is a surname)", () => {
    expect(verbForms("박다")).not.toContain("박");
    expect(verbForms("박다")).toEqual(expect.arrayContaining(["박은", "박아", "박았"]));
  });

  it("gives an English verb phrase's -s, -ed and -ing forms", () => {
    expect(englishVerbForms("pony up")).toEqual(
      expect.arrayContaining(["ponies up", "ponied up", "ponying up"]),
    );
    expect(englishVerbForms("drop")).toEqual(expect.arrayContaining(["dropped", "dropping"]));
    expect(englishVerbForms("splash out")).toContain("splashes out");
    // The e is silent after a consonant only.
    expect(englishVerbForms("share")).toEqual(expect.arrayContaining(["shared", "sharing"]));
    expect(englishVerbForms("see")).toEqual(expect.arrayContaining(["seeing", "sees"]));
  });

  it("lets a glossary verb entry match every form, with endings and helper verbs", () => {
    const glossary = buildGlossary([
      { say: ["얹다"], means: "투자", verb: true },
      { say: ["pony up"], means: "invest", verb: true },
    ]);
    expect(glossary.rewrite("얼마 얹었냐")).toBe("얼마 투자");
    expect(glossary.rewrite("얹어줌")).toBe("투자");
    expect(glossary.rewrite("얹혀살기")).toBe("얹혀살기");
    expect(glossary.rewrite("they ponied up")).toBe("they invest");
    expect(glossary.rewrite("ponying up fast")).toBe("invest fast");
  });
});

describe("money verbs (knowledge/glossary.json)", () => {
  it("finds the investment or the Azure spend through them", () => {
    says("엔비디아가 앤트로픽에 보탠 돈 얼마", /100억/);
    says("마소 얼마 찔러줬음", /50억/);
    says("nvidia coughed up how much for anthropic", /10 billion/);
    says("앤트가 애저에 퍼부은 돈", /300억/);
  });

  it("turns away the same verbs about other things", () => {
    turnsAway("how do i cough up phlegm");
    turnsAway("pony up for the school trip how much");
    turnsAway("토토 배팅 얼마 해야 돼");
    turnsAway("얼굴 부은 거 빼는 법");
  });
});

describe("a boss's name as his company, only when money or business is talked of", () => {
  const glossary = buildGlossary([
    { say: ["jo", "조"], means: "acme", when: ["invest", "돈"], unless: ["say", "말"] },
  ]);

  it("reads the name as the company when a word of `when` is there and none of `unless`", () => {
    expect(glossary.rewrite("how much did jo invest")).toBe("how much did acme invest");
    expect(glossary.rewrite("조가 넣은 돈")).toBe("acme 넣은 돈");
    expect(glossary.rewrite("what did jo say about the investment")).toBe(
      "what did jo say about the investment",
    );
    expect(glossary.rewrite("who is jo")).toBe("who is jo");
  });

  it("answers with the company's fact (knowledge/glossary.json's bosses)", () => {
    says("how much did jensen pump into anthropic", /10 billion/);
    says("젠슨황이 앤트에 넣은 돈 얼마임", /100억/);
    says("satya's money into anthropic, how much", /5 billion/);
  });

  it("reads buying words as the Azure purchase only when a party of the story is named", () => {
    says("앤트로픽이 애저 컴퓨팅 얼마치 샀냐", /300억/);
    turnsAway("어제 운동화 샀음");
    turnsAway("아이폰 사는 게 어때");
  });

  it("keeps the man when his own words or his person are asked", () => {
    turnsAway("who is jensen huang");
    turnsAway("젠슨 황 나이 몇 살");
    turnsAway("jensen's net worth in billions");
  });
});

describe("emoji that stand for words (knowledge/glossary.json)", () => {
  it("reads money, loop, power and question emoji as their words", () => {
    says("마소 💰 얼마 넣음", /50억/);
    says("the 🔄 thing, what is it", /circular|loop/i);
    says("⚡ how many gigawatts", /1 gigawatt/);
    says("마소가 앤트에 50억 넣음❓", /^맞아요/);
  });

  it("turns away the same emoji about other things", () => {
    turnsAway("💰💰💰");
    turnsAway("🔄 버튼 어디 있어");
    turnsAway("how much 💸 for a new phone");
  });
});

describe("English month names say when (slang9)", () => {
  it("reads a claim with a month as the figure's claim, not an unknown word", () => {
    says("so the 183 billion figure was from september?", /^Yes/);
    says("it was 183B in sept, correct?", /^Yes/);
    says("the 183B valuation was from march right?", /^No/);
  });

  it("turns away the same months about other things", () => {
    turnsAway("what's the weather like in september");
    turnsAway("best month to visit seoul, april or october?");
  });
});

describe("slang, seventh pass (slang9)", () => {
  it("reads chat's dropped g on frame words", () => {
    expect(restoreDroppedG("what we talkin about", (word) => word === "talking")).toBe(
      "what we talking about",
    );
    expect(restoreDroppedG("bitcoin within", () => false)).toBe("bitcoin within");
    says("ok so how many gigawatts are we lookin at", /1 gigawatt/);
  });

  it("reads a summary, a why and a figure reached in their slang", () => {
    says("gimme the rundown on the nvidia anthropic thing", /10 billion/);
    says("catch me up on microsoft and anthropic", /5 billion/);
    says("앤트로픽 기업가치 얼마까지 찍었음?", /3500억/);
    says("발표 끝나고 앤트 몸값 얼마 됨", /3500억/);
    says("microsoft funds anthropic and anthropic pays microsoft?? make that make sense", /./);
  });

  it("summarises when only the parties and a summary word are named", () => {
    says("give me a summary: microsoft, nvidia, anthropic", /5 billion[\s\S]*10 billion/);
    says("마이크로소프트 엔비디아 앤트로픽 정리해줘", /50억[\s\S]*100억/);
  });

  it("reads Claude as its maker when the maker's figures are asked, not its models", () => {
    says("what gpus does claude run on", /Grace Blackwell/);
    says("claude is valued at how much now", /350 billion/);
    says("클로드 어떤 하드웨어에서 돌아감?", /Grace Blackwell|블랙웰/);
    says("which claude models can foundry users get", /Sonnet/);
  });

  it("turns away the same words about other things", () => {
    turnsAway("수업 끝나고 뭐 먹지");
    turnsAway("give me the rundown on the lakers game");
    turnsAway("how much is claude pro worth");
    turnsAway("마소 적립식으로 모아가도 됨?");
    turnsAway("should i dca into nvda");
  });

  it("reads a ticker before goods as the maker, not shares to buy", () => {
    says("why would msft fund anthropic so they buy msft cloud? make it make sense", /./);
    turnsAway("buy more nvda?");
  });
});

describe("amounts and predictions in chat (slang9)", () => {
  it("reads 'exact $' as a dollar figure asked of the part before", () => {
    turnsAway("what's microsoft paying nvidia for the systems, exact $ amount");
    says("nvidia's investment, exact $ figure", /10 billion/);
  });

  it("reads '5k mil' as five thousand million", () => {
    expect(findAmounts(normalizeText("5k mil")).map((amount) => amount.key)).toEqual([
      "5000000000",
    ]);
    says("did the windows people put in 5k mil?", /^Yes/);
  });

  it("turns away when a bubble bursts, in either language", () => {
    turnsAway("AI 버블 언제 꺼짐?");
    turnsAway("when does the ai bubble pop lol");
    turnsAway("이 순환 구조 때문에 버블 곧 터질까?");
  });

  it("reads a ticker's own things as the company, not its shares", () => {
    says("which claude models do you get in msft's catalog", /Sonnet/);
    turnsAway("would you get in on msft now");
    turnsAway("should i buy msft's shares");
  });
});

describe("numbers in odd forms, asked (parts9)", () => {
  const keys = (text: string) => findAmounts(normalizeText(text)).map((amount) => amount.key);

  it("reads traders' 'yards' and chat 'bills' as billions, never the singular 'yard'", () => {
    expect(keys("twelve yards")).toEqual(["12000000000"]);
    expect(keys("3 yds")).toEqual(["3000000000"]);
    expect(keys("7 bills")).toEqual(["7000000000"]);
    expect(keys("30 bil")).toEqual(["30000000000"]);
    expect(keys("the 20 yard line")).toEqual(["20"]);
    says("ten yards from the jensen side, total?", /10 billion/);
  });

  it("reads '몇 십억' as a question, and a bare number joined by 'plus' with the scale after", () => {
    expect(keys("몇 십억")).toEqual([]);
    expect(keys("몇백억 달러")).toEqual([]);
    expect(keys("3 plus 7 billion")).toEqual(["3000000000", "7000000000"]);
    expect(keys("20 billi")).toEqual(["20000000000"]);
    says("앤트로픽은 애저에 몇 십억 달러 써?", /300억 달러/);
  });

  it("reads 'a' and 'half a' before a unit", () => {
    expect(keys("a gigawatt")).toEqual(["1gw"]);
    expect(keys("half a gigawatt")).toEqual(["0.5gw"]);
    expect(keys("a dollar")).toEqual([]);
  });

  it("reads how many zeros a figure has as asking the figure", () => {
    says("how many zeros are in msft's check", /5 billion/);
    says("앤트로픽 기업가치 0이 몇 개임", /3500억 달러/);
    turnsAway("how many zeros does a million have");
  });
});

describe("English loanwords written in Hangul (reg12)", () => {
  it("reads them as the concept their English word names", () => {
    says("엔비 인베스트먼트 얼마였음", /100억 달러/);
    says("애저 커밋먼트 규모 알려줘", /300억 달러/);
    says("앤트로픽이 확보한 컴퓨팅파워 몇 기가", /1기가와트/);
    says("추가 캐파시티 몇 기가임", /기가와트/);
    says("두 회사 토탈 인베스트 금액", /150억 달러/);
  });
});

describe("'drop' money (reg12)", () => {
  it("is putting money in when a sum or 'how much' is talked of", () => {
    says("which one dropped five bil", /Microsoft/);
    says("how much money did nvda drop", /10 billion/);
    says("so who drops more money, microsoft or nvidia?", /NVIDIA/);
  });

  it("is not a price that falls", () => {
    turnsAway("how much did msft stock drop today");
  });
});

describe("forms of English stop words (reg12)", () => {
  it("reads an unknown word whose stem is a stop word's as that stop word", () => {
    says("I keep seeing 183 billion, what's that?", /183 billion/);
    says("kept seeing 350bn, what is it", /350 billion/);
    says("the piece only lists two amounts, so where does fifteen billion come from", /15 billion/);
  });

  it("still turns away a question about something else", () => {
    turnsAway("I keep seeing ads for cheap flights, what's that about?");
  });
});

describe("slang about staying with someone, and a valuation shortened", () => {
  it("reads 'still simping for' as a partnership that stays, not money put in", () => {
    says("msft still simps for openai, ya think?", /key partner|critical partner/);
  });

  it("reads 'val' before a verb of change as the valuation", () => {
    says("anthropic's val rose to what exactly", /350 billion/);
  });
});
