/**
 * conf11: a confirmation is read by what it claims, not by a word that only looks like a mark
 * the fact must hold. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { asksToConfirm, withoutSetAside } from "../src/search/confirmation.ts";
import { datesIn } from "../src/search/dates.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("a word of what is bought", () => {
  it("is no relation the figure must be of: a cloud bought is the spending's", () => {
    expect(lead("앤트로픽이 마이크로소프트 클라우드에 300억 달러 쓰기로 했다며?")).toMatch(
      /^맞아요/,
    );
    expect(lead("Anthropic is buying thirty billion dollars of Microsoft cloud, yes?")).toMatch(
      /^Yes/,
    );
  });

  it("still leaves a wrong figure or a reversed investment a no", () => {
    expect(lead("앤트로픽이 마이크로소프트 클라우드에 50억 달러 쓰기로 했다며?")).toMatch(
      /^아니에요/,
    );
    expect(lead("Anthropic puts $30 billion into Microsoft as an investment, yes?")).toMatch(/^No/);
  });
});

describe("a count or another name of a party", () => {
  it("is not a product name the fact must write", () => {
    expect(lead("클로드 세개 클라우드에서 다 돌아가는 거 맞지?")).toMatch(/^맞아요/);
    expect(lead("Claude is on GCP and AWS and Azure, correct?")).toMatch(/^Yes/);
  });

  it("keeps a name of several words as written: an old product name is a no", () => {
    expect(lead("Foundry is still named Azure AI Foundry, correct?")).toMatch(/^No/);
  });

  it("reads a word before a determiner as a verb, not a name", () => {
    expect(lead("NVIDIA tailors its chips for Anthropic's models, right?")).not.toMatch(/^No/);
  });

  it("reads 'only' after the place as a claim of one place", () => {
    expect(lead("Claude is on Google Cloud only, right?")).toMatch(/^No/);
  });
});

describe("what a claim sets aside in a contrast", () => {
  it("is found in both languages, a topic before 아니라 kept", () => {
    expect(withoutSetAside("it's a cap, not a guaranteed lump sum, right?")).not.toMatch(/lump/);
    expect(withoutSetAside("1gw는 확정된 숫자가 아니라 최대치")).toMatch(/^1gw는 /);
    expect(withoutSetAside("1gw는 확정된 숫자가 아니라 최대치")).not.toMatch(/확정/);
    expect(withoutSetAside("nvidia invests, not the other way round")).toMatch(/other way/);
  });

  it("is not claimed: a fact check's word set aside leaves the yes", () => {
    expect(lead("1GW는 확정된 숫자가 아니라 최대치인 거 맞지?")).toMatch(/^맞아요/);
    expect(lead("NVIDIA's $10B is a cap, not a guaranteed lump sum, correct?")).toMatch(/^Yes/);
  });

  it("denies the relation of a party set aside, not the party", () => {
    expect(lead("that $30B is Anthropic buying Azure, not Microsoft investing, yeah?")).toMatch(
      /^Yes/,
    );
  });
});

describe("where a claim says the money goes or what it pays for", () => {
  it("is a no when money is committed to a place the fact does not name", () => {
    expect(lead("Anthropic pledged $30B to AWS, correct?")).toMatch(/^No/);
  });

  it("leaves a thing paid for out of the figure's parties", () => {
    expect(lead("Microsoft pays Anthropic $30 billion for Claude, right?")).toMatch(/^No/);
  });

  it("is a no when capacity is claimed as paid to the one whose systems it runs on", () => {
    expect(lead("앤트로픽이 엔비디아한테 1GW 대금 치르는 거 맞죠?")).toMatch(/^아니에요/);
    expect(lead("The 1 GW is NVIDIA systems that Anthropic runs on Azure, right?")).toMatch(/^Yes/);
  });
});

describe("a source the facts themselves name", () => {
  it("is the source of the claim, not a party the knowledge lacks", () => {
    expect(lead("CNBC's estimate has Anthropic near $350B post-deal, right?")).toMatch(/^Yes/);
    expect(lead("CNBC에 따르면 앤트로픽 기업가치 3500억 달러 맞지?")).toMatch(/^맞아요/);
  });
});

describe("a claim restated in the asker's frame", () => {
  it("sets aside where a Korean asker heard it, after the claim", () => {
    expect(lead("아마존이 아직 앤트로픽 훈련 파트너인 걸로 아는데 맞나요?")).toMatch(/^맞아요/);
  });

  it("reads a verb of linking or of how a speaker put it as no word of the claim", () => {
    expect(
      lead("Satya framed it as Microsoft and Anthropic becoming customers of each other, right?"),
    ).toMatch(/^Yes/);
  });

  it("is a no when it denies, with a word of degree, what the fact says", () => {
    expect(lead("나델라는 오픈AI가 이제 별로 안 중요하다고 했죠?")).toMatch(/^아니에요/);
  });

  it("is a no when it claims a place was given up", () => {
    expect(lead("아마존이 주력 클라우드 자리를 내준 거죠?")).toMatch(/^아니에요/);
  });
});

describe("a part of a month", () => {
  it("is read in both languages, and 말고 is no part", () => {
    expect(datesIn("early november")).toEqual([{ month: 11, part: "early" }]);
    expect(datesIn("11월 하순쯤")).toEqual([{ month: 11, part: "late" }]);
    expect(datesIn("11월 말고 10월")).toEqual([{ month: 11 }, { month: 10 }]);
  });

  it("must hold the fact's day", () => {
    expect(lead("The announcement came in late November, right?")).toMatch(/^No/);
    expect(lead("발표는 11월 중순이었다며?")).toMatch(/^맞아요/);
  });
});

describe("a long message's frame", () => {
  it("takes 'is that really so?' and 'is that actually the case?' as tags", () => {
    expect(
      asksToConfirm(
        "my son says the total is fifteen billion, which explains the headline. is that actually the case?",
      ),
    ).toBe(true);
  });

  it("reads days and holidays as times, not companies", () => {
    expect(
      lead(
        "My aunt told me on Saturday that NVIDIA is putting up to ten billion into Anthropic. Is that so?",
      ),
    ).toMatch(/^Yes/);
    expect(
      lead("Over Easter my nephew said Microsoft's stake is up to five billion. Is that right?"),
    ).toMatch(/^Yes/);
  });

  it("reads an owner's possessive in a place claimed as the owner's name", () => {
    expect(lead("They unveiled it at Microsoft's Ignite event in November, correct?")).toMatch(
      /^Yes/,
    );
  });
});

describe("an event said to be the venue", () => {
  it("is a place the fact must name, not a party the knowledge lacks", () => {
    expect(lead("발표 무대가 구글 I/O였죠?")).toMatch(/^아니에요/);
    expect(lead("The event was Microsoft Build, correct?")).toMatch(/^No/);
    expect(lead("발표 장소가 이그나이트였던가?")).toMatch(/^맞아요/);
  });
});

describe("an earlier figure claimed as the one that still holds", () => {
  it("is a no, though the fact states it for its own time", () => {
    expect(lead("That 183 billion from September is still Anthropic's value now, right?")).toMatch(
      /^No/,
    );
  });

  it("'the right way round' asks whether the claim is right", () => {
    expect(lead("Microsoft up to 5B and NVIDIA up to 10B, is that the right way round?")).toMatch(
      /^Yes/,
    );
  });
});

describe("a question about rotating holdings", () => {
  it("is advice, not a claim about the parties it names", () => {
    const answer = answerFromKnowledge(index, "Time to rotate out of NVDA into MSFT, right?");
    expect(answer.abstained).toBe(true);
  });
});

describe("a polite request (near13)", () => {
  it.each([
    "두 회사 투자액을 표로 정리해 주실 수 있나요?",
    "엔비디아 쪽 금액도 같이 알려 주시겠어요?",
    "순환 투자 구조를 한 번 더 설명해 주시겠습니까?",
    "마소 투자 조건 좀 짚어 줄 수 있나요?",
  ])("%s asks for something, it claims nothing", (question) => {
    expect(asksToConfirm(question)).toBe(false);
  });

  it.each(["엔비디아가 100억 넣었나요?", "앤트로픽이 애저를 쓸 수 있나요?"])(
    "%s still asks yes or no",
    (question) => {
      expect(asksToConfirm(question)).toBe(true);
    },
  );
});
