/**
 * Long, polite messages with the question in the middle: greetings, thanks, apologies and "I have
 * one more question" before it, thanks, wishes and the asker's own reasons after it, are no part
 * of what is asked (courtesies.ts); a Korean request asked as whether the reader is able ("설명해
 * 주실 수 있겠습니까?") is the plain request (ask-permission.ts). The question alone gets the same
 * answer, and a request said politely after the question is still read.
 */
import { describe, expect, it } from "vitest";
import { withoutCourtesies } from "../src/answer/fallback/courtesies.ts";
import { askPermissionAsRequest } from "../src/search/ask-permission.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { index, says, ask } = askProbe(knowledgeDir);

describe("courtesies around the question", () => {
  it("drops greetings and thanks before and after, and the asker's reasons after", () => {
    expect(
      withoutCourtesies(
        index,
        "Good morning. I do hope I am not bothering you. How much did NVIDIA invest? I ask only because my club meets on Thursday. Thank you ever so much.",
      ),
    ).toBe("How much did NVIDIA invest?");
    expect(
      withoutCourtesies(
        index,
        "안녕하십니까. 갑작스러운 질문 양해 부탁드립니다. 엔비디아는 얼마를 투자했나요? 제가 이 기사를 여기저기 공유해 버려서 조금 걱정이 됩니다. 감사합니다.",
      ),
    ).toBe("엔비디아는 얼마를 투자했나요?");
  });

  it("drops greetings glued onto unspaced Korean", () => {
    expect(
      withoutCourtesies(
        index,
        "안녕하세요바쁘신데죄송하지만엔비디아투자금액이얼마인지알려주시면정말감사하겠습니다좋은하루되세요",
      ),
    ).toBe("엔비디아투자금액이얼마인지알려주시면");
  });

  it("keeps a request said politely, and a first-person claim before the question", () => {
    const request =
      "고객님께서 투자 한도를 문의하셨습니다. 달러 기준 정확한 수치와 함께 안내 부탁드립니다.";
    expect(withoutCourtesies(index, request)).toBe(request);
    const claim = "Hello. I thought NVIDIA put in $20 billion. Is that right?";
    expect(withoutCourtesies(index, claim)).toBe(
      "I thought NVIDIA put in $20 billion. Is that right?",
    );
  });

  it("answers the question in the middle of a polite English message", () => {
    says(
      "Good afternoon, and thank you so much for making this tool available, I really do appreciate it. I was reading about the deal over my morning coffee and I confess the numbers went a bit over my head. If it is not too much trouble, what is the total amount that the two companies are investing in Anthropic altogether? I ask only because my book club is discussing it on Thursday. Many thanks in advance, and do have a lovely day.",
      /\$15 billion/u,
    );
    says(
      "Good morning. I do hope I am not bothering you with something trivial. My nephew insists that Microsoft is dropping OpenAI as a partner and moving on to Anthropic. Is that accurate, in your view, based on what was actually said? I would love to settle our little family debate. Thank you ever so much.",
      /^No: .*critical partner/u,
    );
  });

  it("answers the question in the middle of a polite Korean message", () => {
    says(
      "안녕하세요바쁘신데죄송하지만두회사합쳐서앤트로픽에투자하는총액이얼마인지알려주시면정말감사하겠습니다좋은하루되세요",
      /150억 달러/u,
    );
    says(
      "안녕하십니까. 갑작스러운 질문 양해 부탁드립니다. 지인에게서 이 기사 첫 문단에 나오는 '300억 달러 투자'라는 표현이 사실과 다르다는 이야기를 들었습니다. 그 말이 맞는 것인지 확인해 주실 수 있을까요? 제가 이 기사를 여기저기 공유해 버려서 조금 걱정이 됩니다. 감사합니다.",
      /^맞아요, .*150억/u,
    );
  });

  it("leaves a wish to know of another topic turned away", () => {
    expect(
      ask("Hello there, I hope you are well. What is a good banana bread recipe? Thank you kindly.")
        .abstained,
    ).toBe(true);
  });
});

describe("a request asked as whether the reader is able", () => {
  it("is the plain request", () => {
    expect(
      askPermissionAsRequest("순환 투자가 무슨 뜻인지 쉽게 풀어서 설명해 주실 수 있겠습니까?"),
    ).toBe("순환 투자가 무슨 뜻인지 쉽게 풀어서 설명해 주세요?");
    expect(askPermissionAsRequest("엔비디아가 얼마 냈는지 알려 주실 수 있을까요?")).toBe(
      "엔비디아가 얼마 냈는지 알려 주세요?",
    );
    says("순환 투자가 무슨 뜻인지 쉽게 풀어서 설명해 주실 수 있겠습니까?", /순환 투자/u);
  });
});
