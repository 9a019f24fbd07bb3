/**
 * Korean claims framed as a gist ("…는 취지로 말했다"), with "their own" (자기네), or closed by an
 * English tag with a Korean ending ("true야?", "fact임?"): the claim is confirmed with a yes, not
 * answered as a bare fact. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("Korean claim frames", () => {
  it("reads a gist said as the claim itself", () => {
    says("나델라가 OpenAI가 여전히 중요하다는 취지로 말했다는 거 맞나요?", /^맞아요/u);
  });

  it("reads 자기네 as no word of the claim", () => {
    says("마이크로소프트가 자기네 이그나이트 행사에서 발표한 거 맞죠?", /^맞아요/u);
  });

  it("reads an English tag with a Korean ending as asking to confirm", () => {
    says("Claude가 big three cloud 다 된다는 거 true야?", /^맞아요/u);
  });
});
