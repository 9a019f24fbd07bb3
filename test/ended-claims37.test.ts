/**
 * Claims that something ended, however typed: the copula's 아니 glued to its noun and 이제 glued in
 * an unspaced run, "they're done with", a remark of the asker's after the tag, and an ended
 * relation between parties that only the relation's own fact holds. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("claims that something ended", () => {
  it("typed without spaces, 아니 glued to its noun, is denied", () => {
    says("아마존은이제앤트로픽메인클라우드아니게된거죠?", /^아니에요.*아마존은 여전히/u);
  });

  it("'they're done with' is an ending", () => {
    says("They're finished with Amazon now, right?", /^No: Amazon remains/u);
    says("So Microsoft's done with OpenAI, yeah?", /^No:.*critical partner/u);
  });

  it("a remark of the asker's after the tag leaves the claim to confirm", () => {
    says(
      "Amazon got replaced as the main cloud, correct? Sounds like it from the piece",
      /^No: Amazon remains/u,
    );
  });

  it("an ended relation only its own fact holds is denied by that fact", () => {
    says(
      "엔비디아는 이제 앤트로픽 투자자가 아니게 된 거 맞죠?",
      /^아니에요, 엔비디아는.*100억 달러/u,
    );
    says("NVIDIA is no longer an Anthropic investor, right?", /^No: NVIDIA.*\$10 billion/u);
  });
});
