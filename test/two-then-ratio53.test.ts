/**
 * Two sides listed and weighed ("A랑 B, 둘 중 뭐가 더 많아?"), then a bare ask of them ("몇 배인지도
 * 알려줘"): the list is one part, and the ask after it is of the same two. Phrasings not in any eval
 * set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("two sides weighed, then a ratio", () => {
  it("is the ratio of the same two", () => {
    says(
      "마소가 넣는 돈이랑 엔비디아가 넣는 돈, 둘 중 어느 쪽이 더 많아? 몇 배인지도 알려줘",
      /2배/u,
    );
  });
});
