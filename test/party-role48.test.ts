/**
 * A party's place in the story asked with the question word last ("amazon fit where") or as a
 * party taking part ("구글도 참여하나요?", "아마존도 이 일에 껴 있어?"): its role. Taking part in an
 * investment round stays a question of money. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a party's role, asked in more ways", () => {
  it("reads 'fit where' as the party's role", () => {
    says("amazon fit where now lah", /primary cloud provider/u);
  });

  it("reads taking part in the deal as the party's role", () => {
    says("아마존도 이 일에 껴 있어?", /주요 클라우드/u);
    says("구글도 이번 딜에 참여하고 있나요?", /Google Cloud/u);
  });

  it("keeps taking part in an investment a question of money", () => {
    says("엔비디아도 투자에 참여했나요?", /100억 달러/u);
  });
});
