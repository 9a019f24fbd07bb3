/**
 * A Korean claim that something is no longer so ("이제 … 아니고", "더 이상 … 아니지?", the
 * English "no longer") is a claim that it ended: the fact that says it remains makes it a no.
 * "…된 거 아니야?" is a tag, not a denial. The old-fashioned tag "맞는가?" asks to confirm.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a status said to be no longer so", () => {
  it("is a no with the fact that it remains", () => {
    says(
      "아마존은 이제 앤트로픽 주력 클라우드 아니고 애저로 간 거지?",
      /^아니에요, 아마존은 여전히/u,
    );
    says("이젠 AWS가 앤트 메인 클라우드 아니고 마소가 메인임?", /^아니에요, 아마존은 여전히/u);
    says("아마존은 더는 메인 클라우드 아니라던데 맞아?", /^아니에요, 아마존은 여전히/u);
  });

  it("reads 맞는가 as a tag", () => {
    says("아마존이 메인 클라우드에서 밀려난 게 맞는가?", /^아니에요, 아마존은 여전히/u);
    says("엔비디아가 앤트로픽에 100억 달러 넣은 게 맞는가요?", /^맞아요/u);
  });
});
