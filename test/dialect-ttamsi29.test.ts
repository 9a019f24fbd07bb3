/**
 * 전라 뭐땀시 (뭐 때문에: why) and 땀시 after a noun (때문에) read as the standard forms: "why"
 * asks the reason, not the amount. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("Jeolla 땀시", () => {
  it("reads 뭐땀시 as why", () => {
    says("엔비디아는 뭣땀시 앤트로픽에 100억이나 넣는당가?", /수요|생태계/u);
    says("머땀시 마소가 앤트로픽 밀어주는 거여?", /오픈AI|의존/u);
  });
});
