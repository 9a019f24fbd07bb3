/**
 * Advice asked in more shapes: holding a share for the long term, whether it is worth getting
 * in, "oughta put it in", Scots "wid ye put yer ain money in", Korean "매수하는 게 좋겠습니까" and
 * dialect "주식 팔아야 쓰겄소". Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("advice forms", () => {
  it("turns away English advice", () => {
    turnsAway("Is NVDA ok to hold long-term after the Anthropic news?");
    turnsAway("worth buying into microsoft now, or nah?");
    turnsAway("reckon i oughta put my bonus in nvidia after this deal?");
    turnsAway("wid ye put yer ain money in nvidia efter this?");
  });

  it("turns away Korean advice", () => {
    turnsAway("지금 마이크로소프트를 사는 게 좋겠습니까?");
    turnsAway("물려 있는 엔비디아 주식, 이참에 팔아야 쓰겄소?");
  });

  it("still answers a company's holding", () => {
    says("How much is Microsoft putting into Anthropic?", /\$5 billion/u);
    says("엔비디아는 앤트로픽 지분을 얼마어치 사나요?", /100억/u);
  });
});
