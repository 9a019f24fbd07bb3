/**
 * Parts after one not covered that add no ask of their own: the same thing asked again in other
 * words ("일정이 어떻게 되나요", "exact number pls"), or guesses at its answer ("채용? 데이터센터?").
 * The question stays not covered. A guess the knowledge confirms, or another party asked the same,
 * is still answered. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("parts that restate or guess at a part not covered", () => {
  it("the same thing asked again stays not covered", () => {
    turnsAway("엔비디아 돈은 분할로 들어와요? 일정이 어떻게 되나요");
  });

  it("guesses at what a part not covered asks for stay not covered", () => {
    turnsAway("앤트로픽은 받은 돈을 어디에 써요? 채용? 데이터센터?");
  });

  it("another party asked the same is answered", () => {
    says("What is OpenAI valued at? Anthropic?", /\$350 billion/u);
  });
});
