/**
 * Plans and possibilities the knowledge does not hold: a takeover as a possibility ("통째로
 * 인수할 가능성은?", "any chance Microsoft acquires Anthropic?"), a party building its own data
 * centres or making its own chips. The claims the facts settle stay a no: a named chip is NVIDIA's, a
 * purchase of NVIDIA systems is Microsoft's. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("plans not covered", () => {
  it("turns away a takeover some day", () => {
    turnsAway("엔비디아가 향후 앤트로픽을 인수할 가능성은 없나요?");
    turnsAway("Could Microsoft ever acquire Anthropic outright, you think that's likely?");
  });

  it("turns away a party building its own infrastructure", () => {
    turnsAway("Will Anthropic build their own data centers with this money?");
    turnsAway("Does Anthropic plan to design its own chips later?");
    turnsAway("앤트로픽은 자체 칩을 개발하나요?");
  });

  it("still says no to a claim the facts settle", () => {
    says("Grace Blackwell is Microsoft's own chip, right?", /^No/u);
    says("Microsoft acquired Anthropic, didn't it?", /^No/u);
  });
});
