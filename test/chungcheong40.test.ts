/**
 * 충청 speech read as standard Korean: 혔 (했), 허구 (하고) after a noun, 덜 (들) before a
 * particle, 워디 / 은제 (어디 / 언제), 댜 (대); "몇 푼" is how much, 손님 a customer. Phrasings not
 * in any eval set.
 */
import { describe, expect, it } from "vitest";
import { foldKoreanDialect } from "../src/search/korean-dialect.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("충청 forms", () => {
  it("folds 혔, 허구, 덜, 워디, 은제, 댜", () => {
    expect(foldKoreanDialect("엔비디아허구 회사덜이 워디서 발표혔댜")).toBe(
      "엔비디아하고 회사들이 어디서 발표했대",
    );
    expect(foldKoreanDialect("은제 혔대유")).toBe("언제 했대유");
  });

  it("leaves 허구 and 덜 standing alone", () => {
    expect(foldKoreanDialect("허구 아니여? 덜 받았댜")).toBe("허구 아니여? 덜 받았대");
  });

  it("answers a question in them", () => {
    says("마이크로소프트허구 엔비디아가 넣은 돈 중에 엔비디아는 을매나 넣기로 혔대유?", /100억/u);
  });

  it("워디 and 혔 in a part of their own", () => {
    const answer = ask("발표는 워디서 혔댜? 무슨 행사여?");
    expect(answer.text).toMatch(/Ignite/u);
    expect(answer.text).not.toMatch(/다루지 않는/u);
  });
});
