/**
 * Who criticised or pointed something out is who said it: "비판한 사람", "지적한 사람", "who
 * criticized" ask for the speaker (an unnamed expert), not for the worry itself. Phrasings not in
 * any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the critic asked", () => {
  it("names the speaker in Korean", () => {
    says("돈이 돌고 돈다고 비판한 사람은 누구야?", /이름 없는 전문가|익명/u);
  });

  it("names the speaker in English", () => {
    says("Who criticized the deal as money going round in a circle?", /unnamed expert/u);
  });
});
