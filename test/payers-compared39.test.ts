/**
 * Two payers of one receiver set against each other by "than" ("NVIDIA put more into Anthropic
 * than Microsoft did, right?", "엔비가 마소보다 앤트한테 더 많이 넣은 거 맞지?"): the receiver's
 * own figure is no third side, and no leg runs from one payer to the other. These had been read
 * as a chain of payments ("nothing goes from NVIDIA to Microsoft") or as the article's headline.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("two payers of one receiver compared", () => {
  it("a true claim in English", () => {
    says("NVIDIA is putting more into Anthropic than Microsoft is, correct?", /^Yes\b.*bigger/u);
  });

  it("a false claim in English", () => {
    says("Microsoft has sunk more cash into Anthropic than NVIDIA, right?", /^No\b/u);
  });

  it("a true claim in Korean", () => {
    says("엔비디아가 마소보다 앤트로픽한테 돈을 더 많이 넣은 거 맞죠?", /^맞아요/u);
  });

  it("a sum against the money back still compares the sum", () => {
    says(
      "마이크로소프트와 엔비디아가 앤트로픽에 주는 돈의 합과, 앤트로픽이 마이크로소프트에 주는 돈 중 어느 쪽이 더 큰가요?",
      /150억/u,
    );
  });
});
