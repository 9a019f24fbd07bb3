/**
 * "나델라가 앤트로픽과의 관계를 어떻게 표현했어?": how a speaker expressed something asks what
 * they said. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("how a speaker expressed it", () => {
  it("gives the speaker's statement", () => {
    says("사티아 나델라 CEO는 앤트로픽과의 관계를 어떻게 표현했나요?", /서로의 고객/u);
    says("나델라 회장은 앤트로픽 협력을 어떻게 표현한 거야?", /서로의 고객/u);
  });
});
