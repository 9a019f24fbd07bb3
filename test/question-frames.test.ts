/**
 * Words that frame a question without being what it asks: the deal's own moment named as a
 * time ("after this announcement", "이번 발표 이후"), a title beside a name, a company's CEO
 * where what he said is asked, a Korean hearsay ending (걱정이래요). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { stripEndings } from "../src/search/korean.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says, turnsAway } = askProbe(knowledgeDir);

describe("the deal's own moment as a time", () => {
  it("asks nothing of the announcement", () => {
    says("Following the announcement, what does Amazon do for Anthropic?", /primary cloud/);
    says("since the announcement is amazon still anthropic's training partner?", /^Yes\b/);
    says("발표 이후로 아마존은 앤트로픽한테 어떤 존재임?", /주요 클라우드/);
  });

  it("leaves what is asked of that moment as asked", () => {
    says("when was the announcement made?", /18 November 2025/);
    turnsAway("after the announcement, how far did NVIDIA's stock climb?");
  });
});

describe("a CEO where what was said is asked", () => {
  it("is the person the knowledge names in that role", () => {
    says("what was the microsoft ceo's comment on openai?", /Nadella said/);
    says("마소 대표가 앤트로픽에 대해 한 말 알려줘", /나델라/);
  });

  it("is another company's own person, whose words the sources do not give", () => {
    turnsAway("what did nvidia's ceo say when they announced it?");
    turnsAway("앤트로픽 CEO는 뭐라고 언급했어?");
  });

  it("reads a title beside a name as the same person", () => {
    says(
      "how did ceo satya nadella describe the anthropic relationship?",
      /customers of each other/,
    );
  });
});

describe("Korean hearsay endings", () => {
  it("come off the word they report", () => {
    expect(stripEndings("걱정이래요")).toBe("걱정");
    expect(stripEndings("문제라네")).toBe("문제");
    expect(stripEndings("투자한대요")).toBe("투자");
  });

  it("leave the question asked as if said plainly", () => {
    says("기사 쓴 분은 뭐가 제일 걱정이래요?", /순환 투자/);
    says("필자가 우려하는 포인트 정리해줘", /순환|투명성|진입 장벽/);
  });
});

describe("a Korean request's politeness", () => {
  it("asks nothing of its own", () => {
    says("딜 내용 간단 요약 부탁드립니다", /파트너십/);
    says("요약 부탁해요", /파트너십/);
    turnsAway("부탁 하나만: 내일 서울 날씨 알려줘");
  });
});

describe("the article's startups in other words", () => {
  it("are the small and new AI companies, in both languages", () => {
    says("how does this affect smaller AI labs?", /barrier to entry/);
    says("작은 AI 회사들한테는 어떤 영향이야?", /진입 장벽/);
  });
});

describe("a question in a script the reader does not read", () => {
  it("is turned away, not answered from the one name it can read", () => {
    turnsAway("Microsoftの投資額はいくらですか");
    turnsAway("NVIDIA 对 Anthropic 的投资是多少钱");
  });

  it("still reads Korean or English with a stray character of another script", () => {
    says("엔비디아 投資 얼마야?", /100억/);
  });
});

describe("money that goes round, in Korean", () => {
  it("reads 돌다 said of money as its flow, and glued function words as nothing", () => {
    says("돈이 어떤식으로 돌고 도는지 알려줘", /→/);
    says("순환투자라는게 돈이 어떻게 도는 건데", /→/);
  });
});

describe("a figure asked whether final", () => {
  it("is the 'up to, initially' correction", () => {
    says("is the one gigawatt figure final?", /^No\b.*'up to' and 'initially'/);
    says("1기가와트가 최종 물량이에요?", /^아니에요/);
  });
});

describe("Korean titles and keyboard slips", () => {
  it("reads 사장님 and 회장 as the chief executive", () => {
    says("마이크로소프트 사장님 이름이 뭐예요?", /나델라/);
  });

  it("reads a slipped ending as the ending", () => {
    expect(stripEndings("언제였쬬")).toBe("언제");
    says("발표한 게 몇월 며칠이죵", /11월 18일/);
  });
});

describe("what a question asks, read after the merge of round eight", () => {
  it("reads a verb going on ('-고 있습니까') and a general noun (부분) as asking nothing unknown", () => {
    says("이번 투자를 기사는 어떤 관점으로 다루고 있습니까?", /기사|순환|마이크로소프트/);
    expect(ask("기사에 클로드 모델 이름이 나온 부분이 있나요?").abstained).toBe(false);
  });

  it("reads a word before a preposition after 'which …' as the verb, not the thing asked", () => {
    says("which claude models show up in foundry?", /Sonnet 4\.5/);
    turnsAway("which azure regions will run it?");
  });
});

describe("a place claimed where a thing used may stand", () => {
  it("is a place the facts do not give, not a product in the fact's place", () => {
    turnsAway("will the gigawatt of compute be set up in Arizona?");
    says("The 1 GW runs on Amazon Trainium chips, right?", /^No\b/);
  });
});

describe("the audience an answer is pitched at", () => {
  it("is how to answer, not a party or a topic", () => {
    says("explain like I'm the intern: why do people call the deal circular?", /circular/i);
    says("break it down as if I were twelve: who pays who?", /Anthropic → Microsoft/);
    says("describe the money flow like I'm your grandma", /Microsoft → Anthropic/);
  });

  it("leaves 'like' that compares alone", () => {
    turnsAway("is the weather today like it was yesterday?");
  });
});

describe("Korean words of buying and benefit", () => {
  it("reads 한테, said of buying, as who sells", () => {
    says("앤트로픽은 마이크로소프트한테 뭘 사는 건데?", /앤트로픽 → 마이크로소프트/);
    says("마이크로소프트가 엔비디아에게 무엇을 구매해?", /마이크로소프트 → 엔비디아/);
  });

  it("reads 장점 and 이점 as what a party gets out of it", () => {
    says("엔비디아 입장에서 이번 투자의 장점이 뭐야?", /엔비디아/);
    says("what advantages does microsoft get from this?", /OpenAI/);
  });
});
