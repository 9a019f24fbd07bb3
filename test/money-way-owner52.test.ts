/**
 * One way of the money, named by whose money it is or with words between the two parties and the
 * verb of going ("엔비디아 돈이 앤트로픽까지 어떻게 가?", "마소에서 엔비디아로 그 돈이 다 넘어가?",
 * "how does anthropic's cash make it to nvidia?"): that way only, not the way back.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("one way of the money, named by whose it is", () => {
  it("answers that way in Korean", () => {
    says("앤트로픽 쪽 돈이 엔비디아까지 대체 어떻게 흘러감?", /^앤트로픽 → 엔비디아/u);
    says("앤트로픽에서 엔비디아로 그 많은 돈이 어떻게 넘어가는 거임?", /^앤트로픽 → 엔비디아/u);
  });

  it("answers that way in English", () => {
    says("so how does anthropic's cash actually make it to nvidia?", /^Anthropic → NVIDIA/u);
  });
});
