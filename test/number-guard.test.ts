import { describe, expect, it } from "vitest";
import { buildClaudeDocuments } from "../src/answer/claude/documents.ts";
import { createNumberGuard } from "../src/answer/shared/number-guard.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const documents = buildClaudeDocuments(loadKnowledge(knowledgeDir));
const guard = createNumberGuard([documents.article.text, documents.factSheet.text]);

describe("the number guard", () => {
  it("accepts figures the article or the fact sheet states, however they are written", () => {
    for (const text of [
      "NVIDIA invests up to $10 billion.",
      "Microsoft invests up to $5B and NVIDIA up to $10B: up to $15 billion in all.",
      "앤트로픽은 Azure에 300억 달러를 씁니다.",
      "The $30 billion is Anthropic's Azure purchase, initially up to 1 GW of compute.",
      "최대 1기가와트, 150억 달러",
    ]) {
      expect(guard.unknownFigures(text), text).toEqual([]);
    }
  });

  it("flags figures that appear in neither document", () => {
    expect(guard.unknownFigures("The two invest $45 billion.")).toEqual(["$45 billion"]);
    expect(guard.unknownFigures("지분율은 20%입니다.")).toEqual(["20%"]);
    expect(guard.unknownFigures("It is worth about $420B.")).toEqual(["$420b"]);
    expect(guard.unknownFigures("2 GW of compute")).toEqual(["2 gw"]);
    expect(guard.unknownFigures("투자액은 400억 달러")).toEqual(["400억 달러"]);
  });

  it("leaves bare numbers alone: years, counts, list numbers, model versions", () => {
    expect(
      guard.unknownFigures("1. In 2025, 3 clouds offer Claude Sonnet 4.5 to 12 customers."),
    ).toEqual([]);
  });

  it("only knows what its documents say", () => {
    const other = createNumberGuard(["한빛전자는 2조 원에 인수합니다."]);
    expect(other.unknownFigures("2조 원")).toEqual([]);
    expect(other.unknownFigures("$10 billion")).toEqual(["$10 billion"]);
  });
});
