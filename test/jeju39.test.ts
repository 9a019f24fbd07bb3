/**
 * Jeju endings read as standard ones, as 우꽈 and 수꽈 already were: 수광 (나요), 햄수광 (해요),
 * 마씸 (요), 랜 / 댄 (라고 / 다고), 믄 (면) and 하영 (많이). Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("Jeju endings", () => {
  it("댄 and 햄수광", () => {
    says("발표는 어디서 했댄 햄수광?", /Ignite/u);
  });

  it("햄수광 after 랜", () => {
    says("나델라가 오픈AI를 뭐랜 햄수광?", /중요한 파트너/u);
  });

  it("맞수광 as the tag", () => {
    says("엔비디아가 백억 달러 넣는 거 맞수광?", /^맞아요/u);
  });

  it("랜 and 햄수광 after 어떵", () => {
    says("아마존은 앤트로픽이랑 어떵 되는 사이랜 햄수광", /아마존/u);
  });
});
