/**
 * A Korean ask joined to the next by 이며 or by 거고 ("…한 인물은 누구이며, 기사가…", "누가 한
 * 거고, 기사가…"): two asks, each answered, not the article's stance alone. Phrasings not in any
 * eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("Korean asks joined by 이며 and 거고", () => {
  it("answers the speaker and the worry", () => {
    says("순환 투자 발언을 한 사람은 누구이며, 글쓴이가 걱정하는 건 뭐예요?", /익명[\s\S]*우려/u);
    says("그 순환 투자 발언은 누가 한 거고, 글쓴이는 뭘 걱정해요?", /익명[\s\S]*우려/u);
  });
});
