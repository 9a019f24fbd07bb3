/**
 * The end of the piece named in everyday words ("글 끝에", "기사 맨 끝에", "at the very end") asks
 * how the article ends; "끝낸다" (to end a tie) stays a verb of its own. Phrasings not in any eval
 * set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the end of the piece in everyday words", () => {
  it("quotes how the article ends", () => {
    says("기사 맨 끝에 뭐라고 써 있음?", /어떻게 생각/u);
    says("본문 끝에 독자들한테 뭐라고 했어요?", /어떻게 생각/u);
  });

  it("leaves ending a partnership to its own question", () => {
    says("나델라가 오픈AI랑 끝낸다고 한 건 아니지?", /중요한 파트너/u);
  });
});
