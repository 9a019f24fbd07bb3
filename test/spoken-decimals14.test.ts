/**
 * Decimals said aloud, as voice typing writes them ("four point five", "사 점 오"), read as
 * digits so a version or an amount said aloud is read like a typed one. Phrasings not in any
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { spokenDecimals } from "../src/search/spoken-decimals.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("decimals said aloud", () => {
  it("writes English and Korean spoken decimals in digits", () => {
    expect(spokenDecimals("is haiku four point five there")).toBe("is haiku 4.5 there");
    expect(spokenDecimals("one point eight three trillion")).toBe("1.83 trillion");
    expect(spokenDecimals("소네트 사 점 오 있어")).toBe("소네트 4.5 있어");
    expect(spokenDecimals("영 점 오 기가와트")).toBe("0.5 기가와트");
    expect(spokenDecimals("gpt 이 점 오랑 비교")).toBe("gpt 2.5랑 비교");
  });

  it("leaves 'point' and 점 as words elsewhere", () => {
    expect(spokenDecimals("at one point two of them left")).toBe("at one point two of them left");
    expect(spokenDecimals("whats the point")).toBe("whats the point");
    expect(spokenDecimals("이 점 이해가 안 돼")).toBe("이 점 이해가 안 돼");
    expect(spokenDecimals("이 점이 궁금해")).toBe("이 점이 궁금해");
    expect(spokenDecimals("사 점 오해")).toBe("사 점 오해");
  });

  it("answers a version said aloud like a typed one", () => {
    says("can foundry users get haiku four point five", /Haiku 4\.5/);
    says("파운드리에서 소네트 사 점 오 쓸 수 있어", /Sonnet 4\.5/);
  });
});
