/**
 * "사무실" where the asker uses something ("저희 사무실에서 코파일럿을 쓰는데…") is no question about
 * a party's offices; opening one ("서울에 사무실을 낸다든가", "사무실 어디") still is, and the article
 * does not cover it. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("an office", () => {
  it("where the asker works is no topic", () => {
    says("우리 사무실에서 코파일럿 쓰는데 거기 클로드 계속 들어가 있어요?", /Copilot/u);
  });

  it("a party opens is not covered", () => {
    turnsAwaySaying("앤트로픽이 부산에 사무실을 낸다든가 하는 소식은 없나요?", /본사·사무실/u);
    turnsAwaySaying("엔비디아 한국 사무실 위치가 어디예요?", /본사·사무실/u);
  });
});
