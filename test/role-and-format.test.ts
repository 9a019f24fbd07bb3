/**
 * A question wrapped the way one prompts a chatbot: a role given to the bot ("넌 지금부터 …야.",
 * "Act as a …") and instructions on the answer's form ("표로", "두 줄로", "in a table", "cite the
 * source sentence"). The role and the form are no words of the question. Phrasings in no set.
 */
import { describe, expect, it } from "vitest";
import { withoutRoleAndFormat } from "../src/answer/fallback/role-and-format.ts";
import { askProbe } from "./helpers/ask-probe.ts";

const { ask, says, turnsAway } = askProbe("knowledge");

describe("withoutRoleAndFormat", () => {
  it("drops a role given to the bot, in either language, before or after the question", () => {
    expect(
      withoutRoleAndFormat("넌 지금부터 증권사 리서치센터 연구원이야. 엔비 투자액 얼마?"),
    ).toBe("엔비 투자액 얼마?");
    expect(withoutRoleAndFormat("당신은 앞으로 꼼꼼한 경제 기자입니다. 발표는 언제였나요?")).toBe(
      "발표는 언제였나요?",
    );
    expect(withoutRoleAndFormat("넌지금부터투자전문가야 마소투자금얼마냐")).toBe(
      "마소투자금얼마냐",
    );
    expect(withoutRoleAndFormat("Act as a seasoned tech reporter. When was it announced?")).toBe(
      "When was it announced?",
    );
    expect(
      withoutRoleAndFormat("From now on you're my research assistant.\nHow much is MS putting in?"),
    ).toBe("How much is MS putting in?");
    expect(withoutRoleAndFormat("How much did nvidia pledge? You are a strict fact-checker.")).toBe(
      "How much did nvidia pledge?",
    );
  });

  it("drops instructions on the answer's form and keeps what is asked", () => {
    expect(withoutRoleAndFormat("발표 날짜랑 행사 이름 표로 만들어 주세요")).toBe(
      "발표 날짜랑 행사 이름 정리해 주세요",
    );
    expect(withoutRoleAndFormat("투자 금액 두 줄로 요약해줘")).toBe("투자 금액 요약해줘");
    expect(withoutRoleAndFormat("엔비 투자 한도 알려줘. 근거 문장도 함께 인용해 주세요.")).toBe(
      "엔비 투자 한도 알려줘.",
    );
    expect(withoutRoleAndFormat("순환투자 설명 좀 할머니도 알아듣게")).toBe("순환투자 설명 좀");
    expect(withoutRoleAndFormat("엔비 투자 한도 억 달러 단위로 알려줘")).toBe(
      "엔비 투자 한도 알려줘",
    );
    expect(withoutRoleAndFormat("마소 투자액 영어식 billion 단위로 말해봐")).toBe(
      "마소 투자액 말해봐",
    );
    expect(withoutRoleAndFormat("List the investors and their amounts in a table.")).toBe(
      "List the investors and their amounts.",
    );
    expect(
      withoutRoleAndFormat(
        "Explain circular investment in three sentences and cite the source sentence.",
      ),
    ).toBe("Explain circular investment in three sentences.");
    expect(withoutRoleAndFormat("What did each company commit, as bullet points?")).toBe(
      "What did each company commit?",
    );
  });

  it("leaves questions about the bot, units it converts and plain questions alone", () => {
    for (const question of [
      "너는 누구야?",
      "넌 뭐 하는 봇이야?",
      "You are a bot, right?",
      "Are you an AI?",
      "엔비디아 투자 조 단위로 몇 조야?",
      "Who pays whom?",
      "표로 정리해줘",
    ]) {
      expect(withoutRoleAndFormat(question), question).toBe(question);
    }
  });
});

describe("a question inside a role and a form", () => {
  it("answers the question", () => {
    says("넌 지금부터 증권사 연구원이야. 마소 투자 상한이 얼마인지 억 달러 단위로 알려줘.", /50억/);
    says(
      "Act as a financial journalist. How much is NVIDIA investing? Cite the source sentence.",
      /10 billion/,
    );
    says("당신은 앞으로 경제 선생님입니다. 누가 누구한테 돈 주는지 화살표로 정리해 주세요.", /→/);
  });

  it("still turns away an off-topic request in a role", () => {
    turnsAway("넌 지금부터 여행 가이드야. 제주도 맛집 세 줄로 추천해줘.");
    expect(ask("Act as a chef. Give me a pasta recipe in bullet points.").abstained).toBe(true);
  });
});

describe("parties listed one after the other", () => {
  it("are read as a list, not as one paying the other", () => {
    says("엔비 투자분, 마소 투자분 각각 얼마인지 알려줘", /100억[\s\S]*50억|50억[\s\S]*100억/);
    says("마소·엔비·앤트로픽 거래에서 엔비가 앤트로픽에 넣는 돈 알려줘", /100억/);
  });
});

describe("a request's helper verb", () => {
  it("is no giving of money", () => {
    // "알려줘" asks to be told; the capacity between the two parties answers it.
    says("앤트로픽 엔비디아 컴퓨팅 용량 좀 알려줘", /기가와트/);
    says("앤트로픽하고 엔비 사이 컴퓨팅 규모 정리해줘", /기가와트/);
  });
});

describe("a vague tail after a term heard", () => {
  it("is no word of the question", () => {
    says("순환투자 어쩌구저쩌구 하는 거 그게 대체 뭐임", /순환/);
    says("they keep saying circular investment blah blah, what's that actually", /circular/i);
  });
});
