/**
 * Chat shorthand read as the words it stands for: "contri" (contribution), "kindly revert" (office
 * English for "reply"), a "cloud landlord" (the cloud provider), "GWs", and "대충 말고" (not
 * roughly: a request for the exact figure). Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("chat shorthand", () => {
  it("contri and kindly revert", () => {
    says("Microsoft's contri in this deal? kindly revert", /\$5 billion/u);
  });

  it("a cloud landlord is the cloud provider", () => {
    says(
      "who is the cloud landlord for Claude training?",
      /^(?:According to the article: )?Amazon remains/u,
    );
  });

  it("GWs is the gigawatts", () => {
    says("how many GWs does Anthropic get", /1 gigawatt/u);
  });

  it("대충 말고 asks for the exact figure", () => {
    says("엔비디아 투자금 몇임 대충 말고", /100억 달러/u);
  });
});
