/**
 * "필요없다" (not needed) is an ending claimed, not a denial of one: "나델라가 오픈AI는 필요없다고
 * 했다며?" gets a no with the fact that OpenAI remains a critical partner. Dialect "참말이여"
 * closes a claim as "정말이야". Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("not needed, claimed", () => {
  it("says no with the fact that goes on", () => {
    says("마소는 오픈AI 필요 없다고 나델라가 말했지?", /^아니에요/u);
    says("나델라 왈 오픈AI는 필요없다는디 참말이여?", /^아니에요/u);
  });
});
