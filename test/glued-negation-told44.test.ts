/**
 * "안된다고 하던데", "안된대", "안되는 거": a denial told of, typed onto its verb, is the claim's
 * negation (a no when Claude is on that cloud); "이해가 안되네" stays the asker's remark.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a glued 안 in a claim told of", () => {
  it("reads the claim as denied", () => {
    says("클로드 애저에서 안되는 거 맞지?", /^아니에요/u);
    says("클로드 구글에서 안된대 진짜야?", /^아니에요/u);
    says("클로드가 AWS에선 안된다고 하던데 맞나요?", /^아니에요/u);
  });
});
