/**
 * "…라는 게 맞는 말이야", "…게 사실이야", "…맞는 얘기야" close a claim to be checked, with or
 * without a question mark. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("Korean 'is that right' closings", () => {
  it("a true claim gets a yes", () => {
    says("엔비디아가 앤트로픽에 100억 달러 넣는다는 게 맞는 얘기야", /^맞아요/u);
    says("이번 발표가 이그나이트에서 나왔다는 게 맞는 소리임", /^맞아요/u);
  });
  it("a wrong claim gets a no", () => {
    says("마이크로소프트가 앤트로픽에 100억 달러를 넣는다는 게 사실이야", /^아니에요/u);
  });
});
