/**
 * Registers: formal, old-fashioned and regional Korean endings are read as the plain polite ones
 * (src/search/korean-register.ts), so a question asked the way an older reader writes it gets the
 * same answer as the plain one. Phrasings here are in no eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import {
  isExclamation,
  isLightVerbForm,
  modifierBeforeBoundNoun,
  stripEndings,
} from "../src/search/korean.ts";
import { foldKoreanRegister, foldRegisterWord } from "../src/search/korean-register.ts";
import { isKnownVerb } from "../src/search/korean-verb.ts";
import { isTopicStopwordWithEnding } from "../src/search/stopwords.ts";
import { knowledgeDir } from "./helpers/paths.ts";

describe("formal and old-fashioned Korean endings", () => {
  it("reads the contracted formal ending as a plain polite one", () => {
    expect(foldRegisterWord("뭡니까")).toBe("뭐예요");
    expect(foldRegisterWord("어딥니까")).toBe("어디예요");
    expect(foldRegisterWord("큽니까")).toBe("크나요");
    expect(foldRegisterWord("나옵니까")).toBe("나오나요");
    expect(foldRegisterWord("냅니까")).toBe("내나요");
  });

  it("leaves 습니까, 입니까 and the connective -니까 alone", () => {
    expect(foldRegisterWord("했습니까")).toBe("했습니까");
    expect(foldRegisterWord("얼마입니까")).toBe("얼마입니까");
    expect(foldRegisterWord("그러니까")).toBe("그러니까");
    expect(foldRegisterWord("하니까")).toBe("하니까");
  });

  it("reads hearsay, 하오체, imperatives and -지요", () => {
    expect(foldRegisterWord("쓴답니까")).toBe("쓴대요");
    expect(foldRegisterWord("얼마랍니까")).toBe("얼마래요");
    expect(foldRegisterWord("받았소")).toBe("받았나요");
    expect(foldRegisterWord("없소")).toBe("없나요");
    expect(foldRegisterWord("알려주시오")).toBe("알려주세요");
    expect(foldRegisterWord("일러주십시오")).toBe("일러주세요");
    expect(foldRegisterWord("들어갔는지요")).toBe("들어갔는지");
    expect(foldRegisterWord("넣었지요")).toBe("넣었죠");
    expect(foldRegisterWord("합디까")).toBe("하던가요");
  });

  it("drops the honorific -시- of light verbs", () => {
    expect(foldRegisterWord("말씀하셨나요")).toBe("말 했나요");
    expect(foldRegisterWord("투자하십니까")).toBe("투자하나요");
    expect(foldRegisterWord("발표되셨고")).toBe("발표됐고");
  });

  it("reads the honorific -시- of any verb or copula as the plain form", () => {
    expect(foldRegisterWord("구매하시기로")).toBe("구매하기로");
    expect(foldRegisterWord("얼마이신지")).toBe("얼마인지");
    expect(foldRegisterWord("누구신지")).toBe("누구인지");
    expect(foldRegisterWord("얼마셨는지")).toBe("얼마였는지");
    expect(foldRegisterWord("가능하실지")).toBe("가능할지");
    expect(foldRegisterWord("사용하시는")).toBe("사용하는");
    expect(foldRegisterWord("넣으셨나요")).toBe("넣었나요");
    expect(foldRegisterWord("있으신가요")).toBe("있는가요");
    expect(foldRegisterWord("받으실까요")).toBe("받을까요");
    expect(foldRegisterWord("파트너이시고")).toBe("파트너이고");
    expect(foldRegisterWord("보셨나요")).toBe("봤나요");
    expect(foldRegisterWord("뭐라셨어")).toBe("뭐라 했어");
    // A request keeps its 주시 ("설명해 주시겠습니까"); nouns ending in 시 / 신 / 실 stay.
    expect(foldRegisterWord("주시겠습니까")).toBe("주시겠습니까");
    for (const word of ["다시는", "표시는", "대신", "자신", "사실", "이시기에", "내용", "비용"]) {
      expect(foldRegisterWord(word)).toBe(word);
    }
  });

  it("reads a cute closing 용 as 요", () => {
    expect(foldRegisterWord("되나용")).toBe("되나요");
    expect(foldRegisterWord("뭘까용")).toBe("뭘까요");
  });

  it("keeps nouns that only look like endings", () => {
    for (const word of ["바이오", "감소", "장소", "이유", "비디오"]) {
      expect(foldRegisterWord(word)).toBe(word);
    }
  });

  it("separates a glued 좀", () => {
    expect(foldKoreanRegister("금액좀 알려주시오")).toBe("금액 좀 알려주세요");
  });
});

describe("questions in a formal register are answered like plain ones", () => {
  const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
  const ask = (question: string) => answerFromKnowledge(index, question);

  it.each([
    ["엔비디아는 앤트로픽에 얼마를 넣었는지요", "100억"],
    ["마이크로소프트가 넣기로 한 돈이 얼맙니까", "50억"],
    ["앤트로픽 몸값이 얼마랍니까", "3500억"],
    ["세 회사가 언제 발표했소", "11월 18일"],
    ["순환 투자가 대체 뭡니까", "순환"],
    ["나델라 사장이 무어라 말씀하셨는지 일러주시오", "나델라"],
  ])("%s", (question, needle) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain(needle);
  });

  it("still turns away an off-topic question in the same register", () => {
    expect(ask("내일 서울 날씨가 어떻습니까 우산이 필요합니까").abstained).toBe(true);
    expect(ask("무릎에 좋은 약이 뭡니까").abstained).toBe(true);
  });
});

describe("a verb the knowledge writes in another form", () => {
  const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
  const text = index.lexicon.hangulText;

  it("knows 남다 from the article's 남아있지만, in any ending", () => {
    for (const word of ["남나요", "남는대요", "남는다는", "남았나"]) {
      expect(isKnownVerb(word, text)).toBe(true);
    }
  });

  it("does not know a verb the knowledge never writes", () => {
    for (const word of ["굽나요", "먹는대요", "잤는지"])
      expect(isKnownVerb(word, text)).toBe(false);
  });

  it("reads contracted forms of 하다 and 되다 as light verbs", () => {
    expect(isLightVerbForm("했대요")).toBe(true);
    expect(isLightVerbForm("된다")).toBe(true);
    expect(isLightVerbForm("한국")).toBe(false);
    expect(isLightVerbForm("할인")).toBe(false);
  });

  it("answers the role asked with a verb of its own", () => {
    const answer = answerFromKnowledge(index, "아마존은 어떤 자리로 남는대요");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain("훈련");
    expect(answerFromKnowledge(index, "점심 남은 거 어떻게 하나요").abstained).toBe(true);
  });
});

describe("a figure asked in the record's own unit (reg11)", () => {
  const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
  const ask = (question: string) => answerFromKnowledge(index, question);

  it.each([
    ["엔비디아가 14조원 넣었다는데 달러로 치면 정확히 얼마임", "100억"],
    ["I heard seven trillion won from Microsoft. What's that in dollars?", "5 billion"],
    ["전력은 1이냐 5냐 몇 기가와트임", "1기가와트"],
  ])("%s", (question, needle) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain(needle);
  });

  it("still turns away a conversion into another currency", () => {
    expect(ask("마이크로소프트 투자금 원화로 환산하면 얼마야").abstained).toBe(true);
    expect(ask("Microsoft's stake in euros?").abstained).toBe(true);
  });
});

describe("reactions, copula contractions and detached particles (reg11)", () => {
  const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
  const ask = (question: string) => answerFromKnowledge(index, question);

  it("reads a reaction with an exclamative ending as asking nothing", () => {
    expect(isExclamation("웃기네")).toBe(true);
    expect(isExclamation("복잡하네요")).toBe(true);
    expect(isExclamation("비싸구나")).toBe(false);
    expect(isExclamation("아저씨네")).toBe(false);
  });

  it.each([
    ["순환 투자가 무슨 소린가요", "순환"],
    ["앤트로픽 기업가치 대단하네요 얼마래요", "3500억"],
    ["마이크로소프트 가 앤트로픽 에 얼마 투자 했나 요", "50억"],
    ["엔비디아 는 앤트로픽 에 얼마 를 넣었 어요", "100억"],
  ])("%s", (question, needle) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain(needle);
  });

  it("keeps a verb that is made of particles ('가는') a word of its own", () => {
    expect(ask("마소 돈이 앤트로픽 쪽으로 가는 거 맞지").text).toMatch(/^맞아요/);
  });

  it("still turns away an off-topic reaction", () => {
    expect(ask("오늘 날씨 대단하네요 우산 필요해요").abstained).toBe(true);
  });
});

describe("a time clause of receiving (reg11)", () => {
  const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
  const ask = (question: string) => answerFromKnowledge(index, question);

  it("reads 'V-은 뒤 / 후 / 다음' of a light verb as 이후", () => {
    expect(foldKoreanRegister("투자 받은 뒤 기업가치는")).toBe("투자 이후 기업가치는");
    expect(foldKoreanRegister("돈 받고 나서 몸값은")).toBe("돈 이후 몸값은");
    expect(foldKoreanRegister("투자 받은 다음에 몸값은")).toBe("투자 이후 몸값은");
  });

  it("answers the valuation, not the money received", () => {
    const answer = ask("투자 받은 다음 앤트로픽 몸값은 얼마");
    expect(answer.text).toContain("3500억");
    expect(ask("앤트로픽이 받은 돈은 얼마야").text).toContain("100억");
  });
});

describe("a bound noun typed onto its verb (lead10)", () => {
  it("is spaced as it is written apart, and only after a verb's modifier ending", () => {
    expect(foldKoreanRegister("마소 돈이 앤트로픽으로 가는거 맞음?")).toBe(
      "마소 돈이 앤트로픽으로 가는 거 맞음?",
    );
    expect(foldKoreanRegister("엔비가 넣은건 사실?")).toBe("엔비가 넣은 건 사실?");
    // A noun that ends in 거 is no verb and its noun: 근거, 선거, 증거.
    expect(foldKoreanRegister("그 근거가 뭐야?")).toBe("그 근거가 뭐야?");
  });

  it("no longer turns a true claim into a no", () => {
    const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
    for (const question of [
      "마소 돈은 앤트로픽한테 가는거 맞지?",
      "엔비디아 돈은 앤트로픽으로 가는거 맞지?",
    ]) {
      expect(answerFromKnowledge(index, question).text, question).toMatch(/^맞아요/);
    }
  });
});

describe("casual endings on short words and amounts (reg12)", () => {
  const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
  const ask = (question: string) => answerFromKnowledge(index, question);

  it("takes a conditional 면 and a 짜리 off a word of three syllables or more", () => {
    expect(stripEndings("기가와트면")).toBe("기가와트");
    expect(stripEndings("투자액이면")).toBe("투자액");
    expect(stripEndings("얼마짜리")).toBe("얼마");
    // A two-syllable noun keeps its last syllable: 화면, 측면.
    expect(stripEndings("화면")).toBe("화면");
    expect(stripEndings("측면")).toBe("측면");
  });

  it("takes the copula 이여 (for 이야) off, and 거여 after a verb", () => {
    expect(stripEndings("달러이여")).toBe("달러");
    expect(stripEndings("투자한거여")).toBe("투자");
    // A noun ending in 여 keeps it: 참여, 급여.
    expect(stripEndings("참여")).toBe("참여");
    expect(stripEndings("급여")).toBe("급여");
    expect(ask("엔비디아 투자금은 몇 억 달러이여?").text).toMatch(/100억/u);
  });

  it("reads a one-syllable word of the topic's stop list with a casual ending as that word", () => {
    const stopwords = new Set(["딜", "게"]);
    expect(isTopicStopwordWithEnding("딜임", stopwords)).toBe(true);
    expect(isTopicStopwordWithEnding("딜이냐", stopwords)).toBe(true);
    // 게 is a generic stop word (a bound noun), so 게임 is a game, not 게 + 임.
    expect(isTopicStopwordWithEnding("게임", stopwords)).toBe(false);
    expect(isTopicStopwordWithEnding("딜", stopwords)).toBe(false);
  });

  it("answers questions that end in a casual copula on a short word", () => {
    expect(ask("이거 언제 발표된 딜이냐").text).toContain("11월 18일");
    expect(ask("셋이 발표한 딜 언제임").text).toContain("11월 18일");
    expect(ask("둘이 합쳐서 얼마임").text).toContain("150억");
    expect(ask("셋 중에 둘이 넣은 돈 합치면 얼마임").text).toContain("150억");
    expect(ask("1기가와트면 누구 컴퓨팅임").abstained).toBe(false);
  });
});

describe("who the question is said to (reg12)", () => {
  const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
  const ask = (question: string) => answerFromKnowledge(index, question);

  it("drops a vocative said first or after the sentence's ending", () => {
    expect(foldKoreanRegister("쌤 마소 투자액 얼마예요")).toBe("마소 투자액 얼마예요");
    expect(foldKoreanRegister("봇아, 발표 언제야")).toBe("발표 언제야");
    expect(foldKoreanRegister("엔비 100억 맞죠 선배님?")).toBe("엔비 100억 맞죠?");
    // A nickname that ends in 형 is a name, not a vocative: 젠슨 형.
    expect(foldKoreanRegister("젠슨 형")).toBe("젠슨 형");
    expect(foldKoreanRegister("얼마 넣었어 젠슨 형")).toBe("얼마 넣었어 젠슨 형");
  });

  it("keeps the yes/no tag before a vocative", () => {
    expect(ask("엔비디아 투자 최대 100억 맞나요 교수님").text).toMatch(/^맞아요/);
    expect(ask("마소가 100억 넣은 거 맞죠 쌤?").text).toMatch(/^아니에요/);
    expect(ask("언니 이거 발표 언제였어?").text).toContain("11월 18일");
  });
});

describe("frames of purpose and basis, and a verb's modifier before 거 (reg12)", () => {
  const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
  const ask = (question: string) => answerFromKnowledge(index, question);

  it("reads the verb's own word before a bound noun and a casual copula", () => {
    expect(modifierBeforeBoundNoun("쓰는거임")).toBe("쓰는");
    expect(modifierBeforeBoundNoun("입성한건가")).toBe("입성한");
    expect(modifierBeforeBoundNoun("근거임")).toBeUndefined();
    expect(modifierBeforeBoundNoun("거임")).toBeUndefined();
  });

  it("answers what a figure is for, and what the article says a company is", () => {
    expect(ask("1기가와트 용도가 뭐임").text).toMatch(/컴퓨팅/);
    expect(ask("그 1기가와트는 어디에 쓰는거임").text).toMatch(/컴퓨팅/);
    expect(ask("기사 기준으로 엔비 투자액 얼마임").text).toContain("100억");
    expect(ask("발표 기준 마소 투자 규모").text).toContain("50억");
  });
});
