/**
 * "몇 MW야?": megawatts asked by their symbol after 몇 are a unit to convert to, not an unknown
 * measure. Phrasings in no set.
 */
import { describe, expect, it } from "vitest";
import { askedUnit } from "../src/answer/fallback/asked-unit.ts";
import { askProbe } from "./helpers/ask-probe.ts";

const { says } = askProbe("knowledge");

describe("megawatts asked by symbol", () => {
  it("is the unit asked", () => {
    expect(askedUnit("1기가면 몇 mw임")?.from).toBe("GW");
    expect(askedUnit("그 컴퓨팅 몇mw 정도야")?.from).toBe("GW");
    expect(askedUnit("1000 mw 맞지?")).toBeUndefined();
  });

  it("answers the capacity in megawatts", () => {
    says("그 1기가와트 컴퓨팅 몇 MW임?", /1,000\s?메가와트|1,000 ?MW/);
    says("이번 컴퓨팅 용량 몇MW야", /1,000/);
  });
});
