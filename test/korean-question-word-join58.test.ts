/**
 * A Korean clause that asks with a question word and ends on its verb with -고 ("모델 뭐 있고 …")
 * joins a second ask: both are answered, as with a comma. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a question word's clause ending in -고", () => {
  it("is one part of two", () => {
    says(
      "파운드리에서 쓸 수 있는 모델 뭐 있고 코파일럿에서도 클로드 계속 됩니까",
      /Sonnet[\s\S]*Copilot/u,
    );
  });
});
