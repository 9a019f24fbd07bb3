/**
 * A data centre said to come to a place ("…에 데이터센터 들어온다던데") asks where one is built,
 * which the knowledge does not say; the chips that go into the compute are still answered.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("a data centre coming somewhere", () => {
  it("is not covered", () => {
    turnsAway("울산에 그 데이터센터 들어선다는 소문 있던데 진짜예요?");
    turnsAway("강원도에도 데이터센터 생긴대요?");
  });

  it("the compute's systems are still answered", () => {
    says("데이터센터에 들어오는 칩은 뭐야?", /Grace Blackwell/u);
  });
});
