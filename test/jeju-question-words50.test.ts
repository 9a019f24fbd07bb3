/**
 * 제주 speech: a question word closed by 꽈 alone ("뭐꽈", "얼마꽈", "언제꽈") and the opening filler
 * 게메 ("well…"): read as 뭐예요, 얼마예요, 언제예요, and nothing. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("제주 question words and 게메", () => {
  it("answers them", () => {
    says("엔비디아가 앤트로픽에 넣은 돈 얼마꽈?", /100억 달러/u);
    says("게메, 이 발표 언제꽈?", /11월 18일/u);
    says("게매 앤트로픽이 애저에 쓰는 돈이 뭐꽈", /300억 달러/u);
  });
});
