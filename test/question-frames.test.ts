/**
 * Words that frame a question without being what it asks: the deal's own moment named as a
 * time ("after this announcement", "이번 발표 이후"), a title beside a name, a company's CEO
 * where what he said is asked. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

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
