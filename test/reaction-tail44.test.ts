/**
 * A reaction after an open question ("…? serious cash eh", "…? 와 대박이네 ㄷㄷ") is the asker's
 * remark, not a claim to check; chat's "dan" for "than" after a comparison; "엔빋" for NVIDIA.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("a reaction after an open question", () => {
  it("answers the question, with no yes or no", () => {
    const english = ask("how much did NVIDIA commit to Anthropic? proper big money innit");
    expect(english.text).toMatch(/\$10 billion/u);
    expect(english.text).not.toMatch(/^(?:Yes|No)\b/u);
    const korean = ask("마소는 앤트로픽에 얼마 투자했어? 엄청나네 그치?");
    expect(korean.text).toMatch(/50억/u);
    expect(korean.text).not.toMatch(/^(?:맞아요|아니에요)/u);
  });
});

describe("chat spellings of a comparison and a name", () => {
  it("reads 'dan' as 'than' after a comparison", () => {
    says("how many times bigger is NVIDIA's cheque dan Microsoft's?", /twice/u);
  });

  it("reads 엔빋 as NVIDIA", () => {
    says("엔빋은 앤트로픽에 얼마 넣음?", /100억/u);
  });
});
