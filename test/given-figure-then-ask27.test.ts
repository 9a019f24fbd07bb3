/**
 * "A는 100억 달러고 B는 얼마?": a figure given for one party before -고, then the same asked of
 * another, is two asks (one each), not one figure between the two parties, which the knowledge
 * lacks. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);

describe("a figure given, then asked of another party", () => {
  it.each([
    ["엔비디아가 백억 달러이고 마이크로소프트는 몇 억 달러인가요?", /50억/u],
    ["마소가 오십억 달러 맞고 엔비디아는 얼마임?", /100억/u],
    ["엔비디아는 100억 달러고 마이크로소프트는 얼마야?", /50억/u],
  ])("answers the party asked in %s", (question, figure) => {
    const said = ask(question);
    expect(said.abstained, question).toBe(false);
    expect(said.text).toMatch(figure);
  });

  it("still reads a figure between two parties as one ask", () => {
    // No -고 after a given figure: the pair's own figure, which the knowledge lacks.
    expect(ask("마이크로소프트가 엔비디아에 내는 돈은 몇 억 달러야?").abstained).toBe(true);
  });
});
