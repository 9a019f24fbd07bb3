/**
 * Which side of the money a party is on, and what is left after both ways, are direction
 * questions: the answer gives the money both ways, even when few of the words are known.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import {
  asksBothSides,
  asksGivesAndGets,
  asksMoneyDirection,
  moneySideAsked,
  netSideAsked,
} from "../src/answer/fallback/question-shape.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("side and net of the money", () => {
  it("is read as a direction question", () => {
    expect(asksMoneyDirection("is anthropic the customer or the investor here?")).toBe(true);
    expect(asksMoneyDirection("what's the net money between them")).toBe(true);
    expect(asksMoneyDirection("결국 누가 더 내는 거야?")).toBe(true);
    expect(asksMoneyDirection("how much did nvidia invest?")).toBe(false);
  });

  it("is answered with the money both ways", () => {
    const answer = answerFromKnowledge(
      index,
      "Is Anthropic Microsoft's customer or investor, basically?",
    );
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/5 billion/);
    expect(answer.text).toMatch(/30 billion/);
  });
});

describe("one party's money on the side asked (logic4)", () => {
  it("reads which side is asked from the verb and the party's role", () => {
    expect(moneySideAsked("does amazon ever get paid here?", 5)).toBe("in");
    expect(moneySideAsked("will microsoft spend anything?", 5)).toBe("out");
    expect(moneySideAsked("who sends money to nvidia?", 18)).toBe("in");
    expect(moneySideAsked("마소도 결국 돈 쓰는 거야?", 0)).toBe("out");
    expect(moneySideAsked("엔비디아한테는 누가 돈 줘?", 0)).toBe("in");
    expect(moneySideAsked("how big is nvidia's stake?", 11)).toBeUndefined();
  });

  it("answers yes with what flows that way first, and the other way in the same sentence", () => {
    const answer = answerFromKnowledge(index, "Is NVIDIA getting paid by anybody in all this?");
    const first = firstSentence(answer.text.replace(/\. The other way:/, "; The other way:"));
    expect(first).toMatch(/^Yes: Microsoft → NVIDIA/);
    expect(answer.text).toMatch(/The other way: NVIDIA → Anthropic/);
    const korean = answerFromKnowledge(index, "앤트로픽도 돈 쓰는 거야?");
    expect(korean.text).toMatch(/^맞아요, 앤트로픽 → 마이크로소프트.*300억/);
    expect(korean.text).toMatch(/반대 방향: 마이크로소프트 → 앤트로픽/);
  });

  it("lists every flow when three parties are named", () => {
    const answer = answerFromKnowledge(
      index,
      "Between Anthropic, NVIDIA and Microsoft, who pays whom?",
    );
    for (const figure of [/5 billion/, /10 billion/, /30 billion/])
      expect(answer.text).toMatch(figure);
  });

  it("reads '…쪽이야 …쪽이야?' as both ways", () => {
    expect(asksMoneyDirection("엔비디아는 돈 주는 편이야 받는 편이야?")).toBe(true);
  });
});

describe("money directions in other words (logic4, 2)", () => {
  it("sums one party's money in and out, and answers a net question yes or no first", () => {
    const net = answerFromKnowledge(
      index,
      "Does Microsoft come out ahead on cash here, a net receiver?",
    );
    expect(net.text).toMatch(
      /^Yes: Microsoft takes in \$30 billion and pays out up to \$5 billion/,
    );
    const korean = answerFromKnowledge(index, "앤트로픽은 주는 돈보다 받는 돈이 더 많아?");
    expect(korean.text).toMatch(/^아니에요, 앤트로픽은 최대 150억 달러를 받고 300억 달러를/);
    expect(netSideAsked("앤트로픽은 받는 돈이 내는 돈보다 더 커?")).toBe("in");
    expect(netSideAsked("is nvidia paying out more than it gets?")).toBe("out");
  });

  it("reads arrows, 'which direction', 'or both' and 'directly or through' as direction questions", () => {
    expect(asksMoneyDirection("엔비디아→앤트로픽이랑 앤트로픽→엔비디아 각각 뭐야")).toBe(true);
    expect(asksMoneyDirection("which direction is the 10 billion going")).toBe(true);
    expect(
      asksMoneyDirection("is nvidia an investor in anthropic, a supplier to it, or both"),
    ).toBe(true);
    expect(asksMoneyDirection("does anthropic pay nvidia directly or via azure")).toBe(true);
    expect(asksMoneyDirection("앤트로픽이랑 엔비디아 사이 돈은 어느 방향으로 흘러?")).toBe(true);
  });

  it("answers the flow of the figure named, and every flow when no party is", () => {
    const figure = answerFromKnowledge(index, "Which way does the 10 billion go, exactly?");
    expect(firstSentence(figure.text)).toMatch(/NVIDIA → Anthropic/);
    const all = answerFromKnowledge(index, "so who's paying who in all of this?");
    for (const amount of [/5 billion/, /10 billion/, /30 billion/])
      expect(all.text).toMatch(amount);
  });
});

describe("an untagged yes/no question about one way between two parties (logic4)", () => {
  it("is a claim of that way", () => {
    expect(
      firstSentence(
        answerFromKnowledge(index, "마이크로소프트가 앤트로픽한테 돈 받는 구조야?").text,
      ),
    ).toMatch(/^맞아요/);
    expect(answerFromKnowledge(index, "엔비디아가 마소한테 돈 보내는 그림이야?").text).toMatch(
      /^아니에요, 방향이 반대예요/,
    );
  });

  it("but naming both sides asks both ways", () => {
    expect(asksBothSides("엔비디아는 돈 받는 내는 ?")).toBe(true);
    const both = answerFromKnowledge(
      index,
      "Microsoft: getting money from Anthropic or paying it?",
    );
    expect(both.text).toMatch(/5 billion/);
    expect(both.text).toMatch(/30 billion/);
  });
});

describe("money coming back round (logic4)", () => {
  it("is a direction question answered with the party's flows and the loop", () => {
    const answer = answerFromKnowledge(
      index,
      "엔비디아가 넣은 돈이 결국 다시 엔비디아로 돌아오는 거야?",
    );
    expect(answer.text).toMatch(/엔비디아 → 앤트로픽/);
    expect(answer.text).toMatch(/순환 투자/);
  });
});

describe("both ways named as a choice (mix4)", () => {
  it("is a question of direction in either language", () => {
    expect(
      asksMoneyDirection("so the 30 billion, microsoft to anthropic or anthropic to microsoft?"),
    ).toBe(true);
    expect(asksMoneyDirection("그 돈 마소에서 엔비로 가는 거야, 엔비에서 마소로 가는 거야?")).toBe(
      true,
    );
    expect(asksMoneyDirection("microsoft to anthropic: how much?")).toBe(false);
  });
});

describe("claims of money the wrong way (conf7)", () => {
  const first = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

  it("read 한테 with a verb of receiving as where the money came from", () => {
    expect(first("앤트로픽이 마이크로소프트한테 300억 달러 받았대, 맞지?")).toMatch(/^아니에요/);
  });

  it("say no to a figure claimed as the relation the other party holds", () => {
    expect(
      first("Anthropic is putting $30 billion of investment into Microsoft, correct?"),
    ).toMatch(/^No/);
    expect(first("Microsoft is purchasing $30B worth of Anthropic's products, right?")).toMatch(
      /^No/,
    );
  });

  it("check a payment for something that is no money relation", () => {
    expect(first("Microsoft pays NVIDIA for the systems, correct?")).toMatch(/^Yes/);
  });
});

describe("what comes back for the money (long7)", () => {
  it("is a direction question however it is put", () => {
    expect(asksMoneyDirection("microsoft puts money in, what does it get back")).toBe(true);
    expect(asksMoneyDirection("ms funds them and receives what in return")).toBe(true);
    expect(asksMoneyDirection("so what do they send back to microsoft")).toBe(true);
  });

  it("is not a date or a time said with back", () => {
    expect(asksMoneyDirection("what was the valuation back in march")).toBe(false);
    expect(asksMoneyDirection("what did nadella say back then")).toBe(false);
  });

  it("answers with the flow back first", () => {
    const answer = answerFromKnowledge(
      index,
      "microsoft hands anthropic money, anthropic hands microsoft what back",
    );
    expect(answer.abstained).toBe(false);
    expect(firstSentence(answer.text)).toMatch(/Anthropic → Microsoft/);
  });
});

describe("the loop with each flow's amount (parts8)", () => {
  it.each([
    ["Can you lay out the circular flow of funds?", /30 billion/, /up to \$10 billion/],
    ["돈이 도는 구조가 어떻게 돼?", /300억 달러/, /최대 50억 달러/],
    ["what is this circular investment thing", /up to \$5 billion/, /no figure given/],
  ])("%s names the amounts", (question, first, second) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(first);
    expect(answer.text).toMatch(second);
  });
});

describe("where a claimed figure goes, in Korean (parts8)", () => {
  it.each([
    ["300억은 앤트로픽 쪽으로 흘러가는 돈이지?", /^아니/],
    ["50억은 마소로 가는 돈이지?", /^아니/],
    ["300억은 마소 쪽으로 가는 돈 맞지?", /^맞아요/],
    ["50억은 앤트로픽이 받는 돈이야?", /^맞아요/],
  ])("%s", (question, lead) => {
    expect(firstSentence(answerFromKnowledge(index, question).text)).toMatch(lead);
  });
});

describe("what goes one way between two parties (parts8)", () => {
  it.each([
    ["앤트로픽에서 마이크로소프트로 가는 건 뭐야?", /^앤트로픽 → 마이크로소프트: .*300억/],
    ["What goes from Anthropic to NVIDIA?", /^Anthropic → NVIDIA: .*1 GW/],
    ["what does nvidia send microsoft", /^Nothing goes from NVIDIA to Microsoft/],
  ])("%s", (question, opening) => {
    expect(answerFromKnowledge(index, question).text).toMatch(opening);
  });

  it("turns away an amount of a payment with no figure", () => {
    expect(answerFromKnowledge(index, "마소에서 엔비디아로 가는 돈은 얼마야?").abstained).toBe(
      true,
    );
  });
});

describe("who pays for something the knowledge does not know (parts8)", () => {
  it.each(["who funds nasa", "who's paying for the world cup?", "who pays for my lunch"])(
    "%s is turned away",
    (question) => {
      expect(answerFromKnowledge(index, question).abstained).toBe(true);
    },
  );

  it("still answers who funds the story", () => {
    const answer = answerFromKnowledge(index, "who is funding this whole thing?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/10 billion/);
  });
});

describe("all one party takes in against all it pays (parts8)", () => {
  it.each([
    "Does Anthropic get more than it pays?",
    "Is the money Anthropic takes in larger than what it spends on Azure?",
  ])("%s sums both sides", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(firstSentence(answer.text)).toMatch(/^No: Anthropic takes in up to \$15 billion/);
  });
});

describe("where the money ends up (parts8)", () => {
  it.each([
    "마소가 받은 돈이 결국 엔비디아로 가?",
    "Does the Azure money end up at NVIDIA in the end?",
  ])("%s gets every flow and the loop", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/(?:NVIDIA|엔비디아) (?:systems|시스템)/);
  });
});

describe("money given and got back, one party (parts8)", () => {
  it.each([
    "Does NVIDIA give money and then get it back?",
    "마소 입장에선 돈 주고 다시 받는 거임?",
  ])("%s names the loop", (question) => {
    expect(answerFromKnowledge(index, question).text).toMatch(/circular investment|순환 투자/);
  });
});

describe("a Korean receiver with its particle dropped (lead, round 7)", () => {
  const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

  it("reads a bare name before a verb of receiving as the one who receives", () => {
    expect(lead("앤트로픽 300억 받았대")).toMatch(/^아니에요/);
    expect(lead("엔비디아 100억 받았대")).toMatch(/^아니에요/);
    expect(lead("앤트로픽 150억 받았대")).toMatch(/^맞아요/);
    // A name with a particle of place or source is not the receiver.
    expect(lead("앤트로픽이 마소한테서 50억 받은 거 맞지?")).toMatch(/^맞아요/);
  });

  it("reads the one who gets a stake as the one who pays", () => {
    expect(lead("Does Microsoft get equity in Anthropic?")).toMatch(/^Yes/);
    expect(lead("마소가 앤트로픽 지분 받아?")).toMatch(/^맞아요/);
    expect(lead("Does Anthropic get equity in Microsoft?")).toMatch(/^No/);
  });
});

describe("a claim of money going round, leg by leg (parts9)", () => {
  it.each([
    ["Microsoft funds Anthropic, which then spends it back at Microsoft, correct?", /^Yes/],
    ["마소가 앤트로픽에 돈 주고 앤트로픽은 그 돈으로 다시 마소 클라우드 사는 거 맞아?", /^맞아요/],
    ["Anthropic pays NVIDIA and NVIDIA pays it back to Anthropic?", /^Yes/],
    ["so nvidia bankrolls anthropic and anthropic turns around and invests in nvidia?", /^No/],
    ["엔비가 앤트로픽에 투자하고 앤트로픽이 다시 엔비에 투자하는 거야?", /^아니에요/],
    ["microsoft pays nvidia, nvidia pays microsoft back, right?", /^No: nothing goes from NVIDIA/],
  ])("%s checks every leg", (question, lead) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(firstSentence(answer.text)).toMatch(lead);
  });

  it("says what the money coming back is when it is not what the claim calls it", () => {
    const answer = answerFromKnowledge(
      index,
      "NVIDIA invests in Anthropic, then Anthropic invests back in NVIDIA?",
    );
    expect(answer.text).toMatch(/^No: Anthropic → NVIDIA is .*compute.*, not investment\./);
    expect(answer.text).toMatch(/NVIDIA → Anthropic: equity investment \(up to \$10 billion\)/);
  });

  it("names the loop when the legs go round all three", () => {
    const answer = answerFromKnowledge(
      index,
      "anthropic pays microsoft, microsoft pays nvidia, and nvidia funds anthropic: that's the circle, yeah?",
    );
    expect(answer.text).toMatch(/^Yes/);
    expect(answer.text).toMatch(/circular investment/);
  });

  it("leaves a question about where money goes to the flows", () => {
    const answer = answerFromKnowledge(index, "does the money come back to Microsoft?");
    expect(answer.text).not.toMatch(/^(?:Yes|No)\b/);
  });
});

describe("who buys what from whom (parts9)", () => {
  it.each([
    "Between NVIDIA and Anthropic, who sells what to whom?",
    "엔비디아랑 앤트로픽 중에 누가 누구한테서 사?",
  ])("%s is a direction question answered with the flows", (question) => {
    expect(asksMoneyDirection(index.analyze(question).normalized)).toBe(true);
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/→/);
  });

  // Round twenty-three (customer-roles.ts): asked of roles with no party named, every sale is
  // given as who is whose customer, each with what is bought and its figure.
  it("who's whose supplier in this? is answered with every sale, by role", () => {
    const question = "who's whose supplier in this?";
    expect(asksMoneyDirection(index.analyze(question).normalized)).toBe(true);
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/Anthropic is Microsoft's customer: [^\n]*\$30 billion/);
    expect(answer.text).toMatch(/Microsoft is NVIDIA's customer/);
  });

  it("turns away who pays whom at a place the knowledge does not know", () => {
    expect(answerFromKnowledge(index, "who pays whom at the county fair").abstained).toBe(true);
  });
});

describe("what a party wants out of the deal is its motive (parts9)", () => {
  it.each([
    ["What is NVIDIA hoping to gain here?", /demand/],
    ["what does nvidia want out of the anthropic partnership", /demand/],
    ["엔비디아가 얻고 싶은 게 뭐야", /수요|생태계/],
  ])("%s answers with the party's strategy, not its amount", (question, pattern) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.text).toMatch(pattern);
    expect(answer.text.split("\n")[0]).not.toMatch(/10 billion|100억/);
  });
});

describe("buying and selling say which way the money goes (parts9)", () => {
  it.each([
    ["what is anthropic purchasing from nvidia", /^Anthropic → NVIDIA: Grace Blackwell/],
    ["앤트로픽은 엔비디아한테서 뭘 사?", /^앤트로픽 → 엔비디아/],
  ])("%s answers the flow to the seller", (question, pattern) => {
    expect(answerFromKnowledge(index, question).text).toMatch(pattern);
  });

  it("reads 'buys from' as the buyer paying", () => {
    const answer = answerFromKnowledge(index, "does microsoft purchase from nvidia?");
    expect(firstSentence(answer.text)).toMatch(/^Yes/);
  });

  it.each([
    "which one is the seller and which one the buyer, microsoft or anthropic",
    "is microsoft anthropic's vendor or its investor?",
    "how is the money flowing between these companies",
    "돈이 어떻게 오가는 거야?",
  ])("%s is a direction question", (question) => {
    expect(asksMoneyDirection(index.analyze(question).normalized)).toBe(true);
  });
});

describe("a chain of who pays whom, no money said to come back (parts9)", () => {
  it("checks each clause", () => {
    const wrong = answerFromKnowledge(
      index,
      "microsoft pays nvidia, nvidia pays anthropic, anthropic pays microsoft, yeah?",
    );
    expect(firstSentence(wrong.text)).toMatch(/^Yes/);
    const reversed = answerFromKnowledge(
      index,
      "anthropic pays nvidia, nvidia pays microsoft — correct?",
    );
    expect(reversed.text).toMatch(/^No: nothing goes from NVIDIA to Microsoft/);
  });

  it("leaves a choice, and a claim with figures, to their own readings", () => {
    const choice = answerFromKnowledge(
      index,
      "Does NVIDIA pay Anthropic, or does Anthropic pay NVIDIA?",
    );
    expect(choice.text).not.toMatch(/^(?:Yes|No)\b/);
    const figures = answerFromKnowledge(index, "msft put in 5 and nvda 10, right?");
    expect(figures.text).not.toMatch(/nothing goes from/);
  });
});

describe("what one party committed to another, and who buys what (parts10)", () => {
  it.each([
    ["What has Microsoft promised Anthropic?", /Microsoft → Anthropic/],
    ["What did NVIDIA offer Anthropic?", /NVIDIA → Anthropic/],
    ["What will Anthropic really purchase from Microsoft?", /Anthropic → Microsoft/],
    [
      "엔비디아가 앤트로픽한테 넣기로 한 건 뭐야?",
      /엔비디아 → 앤트로픽|엔비디아는 앤트로픽에 최대 100억/,
    ],
  ])("%s gets that way's flow", (question, pattern) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.text.split("\n")[0]).toMatch(pattern);
  });

  it.each(["who pays what, and who sells what?", "셋 중에 누가 누구 제품을 사는 거야?"])(
    "%s gets every flow",
    (question) => {
      const answer = answerFromKnowledge(index, question);
      expect(answer.text).toMatch(/5(?:0억| billion)/);
      expect(answer.text).toMatch(/30(?:0억| billion)/);
    },
  );

  it("where the money finally goes, naming two parties, is the loop", () => {
    const answer = answerFromKnowledge(
      index,
      "마소가 앤트로픽에 투자하고 앤트로픽이 애저를 사면 최종적으로 돈은 어디로 가?",
    );
    expect(answer.text).toMatch(/순환/);
  });
});

describe("a yes/no question with the amount asked 'if so' (parts10)", () => {
  it("answers yes or no with the payment, its figure or that none was given", () => {
    const unpriced = answerFromKnowledge(
      index,
      "Is Microsoft buying anything from NVIDIA here, and if yes how much?",
    );
    expect(unpriced.abstained).toBe(false);
    expect(unpriced.text).toMatch(/^Yes/);
    expect(unpriced.text).toMatch(/no figure/);
    const priced = answerFromKnowledge(index, "Does NVIDIA invest in Anthropic? If so, how much?");
    expect(priced.text).toMatch(/^Yes/);
    expect(priced.text).toMatch(/10 billion/);
  });

  it("leaves a company the knowledge does not cover not covered", () => {
    const answer = answerFromKnowledge(index, "Did Meta fund Anthropic too, and if so how much?");
    expect(answer.abstained, answer.text).toBe(true);
  });
});

describe("a direction question that names the loop (parts10)", () => {
  it.each([
    "In this cycle, which way does money move between NVIDIA and Anthropic?",
    "엔비디아랑 앤트로픽 사이 돈 고리에서 누가 누구한테 내?",
  ])("%s gets the flows and the loop", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.text).toMatch(/→/);
    expect(answer.text).toMatch(/circular investment|순환 투자/);
  });
});

describe("the money one party spends on another, in Korean (parts10)", () => {
  it("reads 'A이 B에 쓰는/내는 돈' as the flow from A to B", () => {
    const answer = answerFromKnowledge(index, "마이크로소프트가 엔비디아에 쓰는 돈은?");
    expect(answer.text.split("\n")[0]).toMatch(/마이크로소프트 → 엔비디아/);
  });

  it("keeps a money amount asked of a flow of compute not covered", () => {
    const answer = answerFromKnowledge(index, "앤트로픽이 엔비디아에 내는 돈은 얼마야?");
    expect(answer.abstained, answer.text).toBe(true);
  });

  it("leaves money both ways to the direction reading", () => {
    const answer = answerFromKnowledge(index, "엔비디아가 앤트로픽한테 주는 돈이랑 받는 돈은?");
    expect(answer.text).toMatch(/엔비디아 → 앤트로픽/);
    expect(answer.text).toMatch(/앤트로픽 → 엔비디아/);
  });
});

describe("one party's money as a bookkeeper names it (parts11)", () => {
  it.each([
    ["엔비디아 쪽 자금 유출이랑 유입 좀 보여줘", /엔비디아 → 앤트로픽/],
    ["Lay out Microsoft's cash in and cash out.", /Anthropic → Microsoft/],
    ["NVIDIA: money coming in vs money going out?", /NVIDIA → Anthropic/],
    ["앤트로픽 통장에서 돈이 빠져나가는 곳은 어디예요?", /앤트로픽 → 마이크로소프트/],
    ["What's Microsoft's position in net terms?", /Microsoft → Anthropic/],
    ["Who's doing the paying here, Anthropic?", /Anthropic → Microsoft/],
  ])("%s gets the party's flows", (question, flow) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(false);
    expect(answer.text.split("\n")[0]).toMatch(flow);
  });

  it("keeps inflows of other things off topic", () => {
    for (const question of [
      "부산 인구 유출 얼마나 심해?",
      "what's the inflow of students to Canada?",
      "should I move my fund in gold?",
    ]) {
      expect(answerFromKnowledge(index, question).abstained, question).toBe(true);
    }
  });

  it("reads each party named as the other's payer as both ways", () => {
    const ko = answerFromKnowledge(
      index,
      "엔비디아가 앤트로픽에 대는 돈과 앤트로픽이 엔비디아에 내는 돈은?",
    );
    expect(ko.text.split("\n")[0]).toMatch(/엔비디아 → 앤트로픽.*앤트로픽 → 엔비디아/);
    const en = answerFromKnowledge(
      index,
      "Does what Anthropic pays Microsoft outweigh what Microsoft pays Anthropic?",
    );
    expect(en.text.split("\n")[0]).toMatch(
      /Microsoft → Anthropic.*Anthropic → Microsoft|Anthropic → Microsoft.*Microsoft → Anthropic/,
    );
  });

  it("gives a later part the lead's parties, not its words of money", () => {
    const answer = answerFromKnowledge(
      index,
      "money in and money out for nvidia, and when did they announce it?",
    );
    expect(answer.text).toMatch(/November|18/);
  });
});

describe("the logic or stated cause of a move asks its reason (parts11)", () => {
  it.each([
    ["엔비디아가 이번에 돈 넣은 논리는?", /수요|생태계/],
    ["마소가 내세운 명분이 뭐야?", /의존|다변화/],
  ])("%s quotes the party's motive", (question, motive) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(false);
    expect(answer.text).toMatch(motive);
  });
});

describe("a premise after a why question is not what is asked (parts11)", () => {
  it.each([
    ["Why is Microsoft adding Claude when it already has OpenAI's models?", /diversif|dependence/],
    [
      "Why does NVIDIA put money in Anthropic although it still sells chips to OpenAI?",
      /수요|생태계/,
    ],
  ])("%s answers the why", (question, motive) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(false);
    expect(answer.text).toMatch(motive);
  });

  it("keeps a why about a company the knowledge lacks not covered", () => {
    const answer = answerFromKnowledge(
      index,
      "Why does Meta want Llama if it already has Mistral's models?",
    );
    expect(answer.abstained, answer.text).toBe(true);
  });
});

describe("a claim of money both ways, the payer named once (lead10)", () => {
  it("reads a later piece that names only where money goes as the first piece's party paying", () => {
    for (const [question, opening] of [
      ["So Anthropic takes Microsoft's money and then spends it with Microsoft, right?", /^Yes/],
      ["앤트로픽은 엔비디아한테 투자받고 또 마이크로소프트에 돈 쓰는 거죠?", /^맞아요/],
      ["Anthropic gets money from NVIDIA and pays Microsoft, correct?", /^Yes/],
    ] as const) {
      const answer = answerFromKnowledge(index, question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(opening);
      expect(answer.text, question).toMatch(/→/u);
    }
  });
});

describe("one party's giving and getting as a pair (flow12)", () => {
  it("is read as a direction question in both languages", () => {
    expect(asksGivesAndGets("what does microsoft hand over, and what does it collect?")).toBe(true);
    expect(asksGivesAndGets("does the cash go in both directions here?")).toBe(true);
    expect(asksGivesAndGets("마소가 내는 거랑 받는 거 다 적어줘")).toBe(true);
    expect(asksGivesAndGets("앤트로픽의 지급액과 수령액은?")).toBe(true);
    // A claim with figures is no pair asked: it is checked as a claim.
    expect(asksGivesAndGets("microsoft invested $10b and nvidia $5b — got that right?")).toBe(
      false,
    );
    expect(
      asksGivesAndGets("how much did microsoft invest and which models does foundry get?"),
    ).toBe(false);
  });

  it("answers the party's flows both ways, not the first half only", () => {
    const english = answerFromKnowledge(
      index,
      "What does Microsoft hand over, and what does it collect in return?",
    );
    expect(english.abstained).toBe(false);
    expect(english.text).toMatch(/5 billion/);
    expect(english.text).toMatch(/30 billion/);
    const korean = answerFromKnowledge(index, "엔비디아가 내주는 것과 받아가는 것 좀 알려줘");
    expect(korean.abstained).toBe(false);
    expect(korean.text).toMatch(/100억/);
    expect(korean.text).toMatch(/1기가와트/);
    const both = answerFromKnowledge(
      index,
      "Do dollars travel both ways between NVIDIA and Anthropic?",
    );
    expect(both.text).toMatch(/10 billion/);
    expect(both.text).toMatch(/1 GW/);
  });
});
