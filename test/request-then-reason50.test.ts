/**
 * A request closed by a full stop, then why the asker asks ("이 기사 핵심 논지를 요약해
 * 주시겠습니까. 눈이 침침하여 그렇습니다."): the reason asks nothing and the summary answers; the
 * piece's 논지 summed up is the summary, asked alone it is what the piece worries about.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);
const SUMMARY = /파트너십 \(2025년 11월\)/u;

describe("a request, then the asker's reason", () => {
  it("answers the request", () => {
    says("기사 논지 좀 간략하게 정리해 주십시오. 글씨가 작아서 그렇습니다.", SUMMARY);
    says("이 글 좀 요약해 주세요. 너무 길어서요.", SUMMARY);
  });

  it("keeps a curiosity that names something more", () => {
    says("엔비디아 투자액은요? 구글 얘기도 궁금합니다.", /Google Cloud/u);
  });

  it("reads the piece's 논지 alone as its worry", () => {
    says("필자의 논지가 정확히 뭔가요?", /우려/u);
  });
});
