/**
 * conf13: confirmations asked by quiz teams and older readers. A verdict asked after a label of
 * the quiz's own ("Round two, right or wrong: …"); a sentence after the question saying why the
 * asker asks. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { unpricedPaymentClaimed } from "../src/answer/fallback/claim-unpriced.ts";
import {
  withoutAfterword,
  withoutAsideAfterConfirmation,
} from "../src/answer/fallback/preamble.ts";
import { readScope } from "../src/answer/fallback/scope.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { unknownCarrier } from "../src/search/asked-word.ts";
import { asksToConfirm, claimFrameWords, claimsEnded } from "../src/search/confirmation.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { foldKoreanRegister } from "../src/search/korean-register.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("a quiz's verdict asked after a label of its own", () => {
  it("is a confirmation whose label is frame, not claim", () => {
    expect(asksToConfirm("bonus round, right or wrong: nvidia put in ten billion.")).toBe(true);
    expect(asksToConfirm("pub quiz - fact or fiction: amazon is out.")).toBe(true);
    const frame = claimFrameWords("bonus round, right or wrong: nvidia put in ten billion.");
    expect(frame.has("bonus")).toBe(true);
    expect(frame.has("nvidia")).toBe(false);
  });

  it("answers yes or no first", () => {
    expect(lead("Team question, true or false: NVIDIA put in up to $20 billion.")).toMatch(/^No/);
    expect(lead("Round three, right or wrong: Microsoft invested up to $5 billion.")).toMatch(
      /^Yes/,
    );
  });

  it("leaves a label with no verdict asked alone", () => {
    expect(asksToConfirm("quick question: how much did nvidia put in?")).toBe(false);
  });
});

describe("a sentence after the question that says why the asker asks", () => {
  it("is dropped when it asks nothing and is off topic by itself", () => {
    expect(
      withoutAfterword(
        index,
        "엔비디아가 200억 달러 냈다던데 맞소? 눈이 침침해 신문을 잘못 봤나 해서요.",
      )?.text,
    ).toBe("엔비디아가 200억 달러 냈다던데 맞소");
    expect(
      lead("엔비디아가 200억 달러 냈다던데 맞는지요? 눈이 침침해 신문을 잘못 봤나 해서요."),
    ).toMatch(/^아니에요/);
  });

  it("keeps a sentence that holds a figure or asks", () => {
    expect(withoutAfterword(index, "엔비디아가 냈다던데 맞소? 200억이라 들었소.")?.text).not.toBe(
      "엔비디아가 냈다던데 맞소",
    );
    expect(withoutAfterword(index, "how much did NVIDIA pay? and when?")).toBeUndefined();
  });
});

describe("a claim that a partner now counts for less", () => {
  it("is an ending, which a fact that says it remains answers with a no", () => {
    expect(claimsEnded("nadella made openai a less important partner")).toBe(true);
    expect(claimsEnded("나델라가 오픈ai를 덜 중요하게 본다던데")).toBe(true);
    expect(claimsEnded("아마존과의 계약 종료를 발표했다며")).toBe(true);
    expect(lead("Nadella described OpenAI as less central now, correct?")).toMatch(/^No/);
    expect(lead("나델라가 오픈AI 관계를 종료한다고 했다던데 맞나요?")).toMatch(/^아니에요/);
  });

  it("reads 'called' as a verb of saying unless a name is given", () => {
    expect(claimsEnded("nadella called openai less important")).toBe(true);
    expect(claimsEnded("foundry is now called microsoft foundry, replacing the old name")).toBe(
      false,
    );
  });

  it("reads what our someone claims as frame", () => {
    const frame = claimFrameWords("our teacher claims nvidia put in ten billion. true?");
    expect(frame.has("teacher")).toBe(true);
    expect(frame.has("nvidia")).toBe(false);
  });
});

describe("where the asker read it, said after a confirmation", () => {
  it("is left out of the claim", () => {
    expect(
      withoutAsideAfterConfirmation(
        index,
        "아마존이 이제 빠졌다던데 맞소? 라디오에서 그리 들은 것 같소.",
      ),
    ).toBe("아마존이 이제 빠졌다던데 맞소?");
    expect(lead("아마존이 이제 빠졌다던데 맞소? 라디오에서 그리 들은 것 같소.")).toMatch(
      /^아니에요/,
    );
  });

  it("keeps a sentence about the article, a request or advice", () => {
    const kept = [
      "엔비디아가 300억 낸 거 맞죠? 기사에서 그렇게 읽었어요.",
      "The loop is right, yeah? I heard it, so explain how.",
      "NVIDIA put in 10 billion, right? I read it, should I buy?",
    ];
    for (const question of kept) {
      expect(withoutAsideAfterConfirmation(index, question)).toBe(question);
    }
  });
});

describe("old-fashioned words", () => {
  it("are read as the plain ones", () => {
    expect(foldKoreanRegister("무어라 했는지 일러 주시오")).toBe("뭐라 했는지 알려 주세요");
    expect(foldKoreanRegister("무얼 샀소")).toBe("뭘 샀나요");
    expect(foldKoreanRegister("그게 맞소?")).toBe("그게 맞나요?");
    expect(foldKoreanRegister("장소")).toBe("장소");
    // Inside another word they stay.
    expect(foldKoreanRegister("실무어라")).toBe("실무어라");
  });
});

describe("a noun made of a verb and a particle, asked", () => {
  it("carries the question even when its verb is a known word", () => {
    const specific = () => true;
    expect(
      unknownCarrier(index.analyze("is there a lock-up on NVIDIA's stake?"), specific),
    ).toEqual({ phrase: "lock-up" });
    expect(answerFromKnowledge(index, "Is there a lock-up on Microsoft's shares?").abstained).toBe(
      true,
    );
  });
});

describe("a sum claimed for a payment the record gives no figure for", () => {
  const scopeOf = (question: string) => {
    const analysis = index.analyze(question);
    return unpricedPaymentClaimed(
      index.knowledge,
      analysis,
      readScope(index.knowledge, analysis, question, () => false),
    );
  };

  it("is not covered, neither yes nor no", () => {
    expect(
      scopeOf("Microsoft pays NVIDIA about $25 billion for the hardware, right?"),
    ).toBeDefined();
    expect(scopeOf("마소가 엔비디아한테 250억 달러 주는 거 맞죠?")).toBeDefined();
    const answer = answerFromKnowledge(
      index,
      "Microsoft spends $25B buying NVIDIA systems, right?",
    );
    expect(answer.abstained).toBe(true);
    expect(answer.text).not.toMatch(/150억|\$15 billion/u);
  });

  it("leaves a figure of another fact, two payers joined and an investment to the facts", () => {
    expect(scopeOf("Microsoft pays NVIDIA $5 billion, right?")).toBeUndefined();
    expect(scopeOf("Microsoft and NVIDIA pay $25B to Anthropic, right?")).toBeUndefined();
    expect(scopeOf("마소랑 엔비디아가 250억 달러 내는 거 맞죠?")).toBeUndefined();
    expect(scopeOf("Microsoft invests $25B in NVIDIA, right?")).toBeUndefined();
  });
});

describe("money said to go into a party, with no payer named", () => {
  it("is checked against all that goes to it, not against what the party pays", () => {
    expect(lead("Somebody told me 25 billion was put into Anthropic. Right?")).toMatch(
      /^No: together .* \$15 billion/u,
    );
    expect(lead("they poured 25 billion into Anthropic, correct?")).not.toMatch(/Azure/u);
  });

  it("leaves the party's own figures (a valuation) to their facts", () => {
    expect(lead("Anthropic got valued near 350 billion after the deal, right?")).toMatch(/^Yes/);
  });
});

describe("the telling first, then where it was done", () => {
  it("reads the name before 에서 as the claim's place, not a party", () => {
    expect(lead("발표를 아마존 리인벤트에서 한 거 맞죠?")).toMatch(/^아니에요/);
    expect(lead("공개는 이그나이트에서 했던 거 맞지?")).toMatch(/^맞아요/);
  });
});

describe("a figure that holds, claimed at a time no fact names", () => {
  it("is not covered: the sources do not say when", () => {
    const answer = answerFromKnowledge(index, "NVIDIA's $10B all lands by mid-2027, correct?");
    expect(answer.abstained).toBe(true);
    expect(answer.text).not.toMatch(/^Yes/u);
  });

  it("leaves a time some fact names to the facts", () => {
    expect(lead("Anthropic was worth $183B in September 2025, right?")).toMatch(/^Yes/);
  });
});

describe("what a capacity is said to run on", () => {
  it("is what is asked: a thing the knowledge lacks is not covered", () => {
    const specific = () => true;
    expect(
      unknownCarrier(index.analyze("will the 1 GW be powered by wind turbines?"), specific),
    ).toEqual({ phrase: "wind turbines" });
    expect(answerFromKnowledge(index, "The 1GW runs on wind turbines, right?").abstained).toBe(
      true,
    );
  });

  it("leaves what the knowledge knows, and a person's use, to the facts", () => {
    expect(lead("The 1 GW runs on NVIDIA systems, right?")).toMatch(/^Yes/);
    const specific = () => true;
    expect(
      unknownCarrier(
        index.analyze("claude stays in copilot. my son uses the former, right?"),
        specific,
      ),
    ).toBeUndefined();
  });
});

describe("how many dollars, and a regional copula", () => {
  it("reads 몇 달러 as an amount asked, not 몇 달 (months)", () => {
    expect(answerFromKnowledge(index, "엔비디아 투자금은 정확히 몇 달러래요?").abstained).toBe(
      false,
    );
    expect(answerFromKnowledge(index, "투자 약정 기간이 몇 달인가요?").abstained).toBe(true);
  });

  it("folds 이여 and 거여 to 이야 and 거야", () => {
    // A question word's 여 is the copula too (korean-dialect.ts); a noun's 여 (참여) stays.
    expect(foldKoreanRegister("엔비디아 몫이 얼마여?")).toBe("엔비디아 몫이 얼마야?");
    expect(foldKoreanRegister("엔비디아도 참여?")).toBe("엔비디아도 참여?");
    expect(foldKoreanRegister("엔비디아 투자금이 백억불이여?")).toBe(
      "엔비디아 투자금이 백억불이야?",
    );
    expect(foldKoreanRegister("마소가 낸 거여")).toBe("마소가 낸 거야");
  });
});
