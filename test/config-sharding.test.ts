/** The sharding settings: DISCORD_SHARD_COUNT / DISCORD_SHARD_IDS, the manager's own variables, the plan. */
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.ts";
import { planShards } from "../src/discord/sharding.ts";
import { parseShardIds } from "../src/util/shard-ids.ts";

function problemsOf(environment: Record<string, string>): readonly string[] {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("shard id lists", () => {
  it("reads ranges and lists, sorted, without repeats", () => {
    expect(parseShardIds("0-3")).toEqual([0, 1, 2, 3]);
    expect(parseShardIds("4-7, 9")).toEqual([4, 5, 6, 7, 9]);
    expect(parseShardIds("2,0,2")).toEqual([0, 2]);
    expect(parseShardIds("5")).toEqual([5]);
  });

  it("refuses anything else", () => {
    for (const text of ["", "a", "3-1", "1,,2", "-1", "0-", "1.5", "0-99999999"]) {
      expect(parseShardIds(text), text).toBeUndefined();
    }
  });
});

describe("sharding configuration", () => {
  it("defaults to every shard Discord recommends, and Discord's REST limit", () => {
    const { discord } = loadConfig({});
    expect(discord.sharding).toEqual({ shardIds: "all", shardCount: "auto", managed: false });
    expect(discord.restRequestsPerSecond).toBe(50);
  });

  it("takes a fixed count, and a range of it for this host", () => {
    expect(loadConfig({ DISCORD_SHARD_COUNT: "8" }).discord.sharding).toEqual({
      shardIds: "all",
      shardCount: 8,
      managed: false,
    });
    expect(
      loadConfig({ DISCORD_SHARD_COUNT: "8", DISCORD_SHARD_IDS: "4-7" }).discord.sharding,
    ).toEqual({ shardIds: [4, 5, 6, 7], shardCount: 8, managed: false });
  });

  it("names the variable, never the value, when something is wrong", () => {
    const cases: [Record<string, string>, string][] = [
      [{ DISCORD_SHARD_COUNT: "lots" }, "DISCORD_SHARD_COUNT"],
      [{ DISCORD_SHARD_COUNT: "0" }, "DISCORD_SHARD_COUNT"],
      [{ DISCORD_SHARD_IDS: "0-3" }, "DISCORD_SHARD_IDS: needs DISCORD_SHARD_COUNT"],
      [{ DISCORD_SHARD_COUNT: "4", DISCORD_SHARD_IDS: "2-5" }, "DISCORD_SHARD_IDS: every"],
      [{ DISCORD_SHARD_COUNT: "4", DISCORD_SHARD_IDS: "zero" }, "DISCORD_SHARD_IDS: must be"],
      [{ DISCORD_REST_PER_SECOND: "0" }, "DISCORD_REST_PER_SECOND"],
    ];
    for (const [environment, expected] of cases) {
      const problems = problemsOf(environment);
      expect(problems, JSON.stringify(environment)).toHaveLength(1);
      expect(problems[0]).toContain(expected);
      // Other variables hold secrets, so no configuration message echoes a value.
      for (const value of Object.values(environment).filter((value) => value.length > 1)) {
        expect(problems[0]).not.toContain(value);
      }
    }
  });

  it("in a process the sharding manager spawned, its choice wins over the host's range", () => {
    const sharding = loadConfig({
      // What a shard process inherits from the manager's host...
      DISCORD_SHARD_COUNT: "4",
      DISCORD_SHARD_IDS: "2-3",
      // ...and what discord.js's ShardingManager adds for this one process.
      SHARDING_MANAGER: "true",
      SHARDS: "3",
      SHARD_COUNT: "4",
    }).discord.sharding;
    expect(sharding).toEqual({ shardIds: [3], shardCount: 4, managed: true });
    expect(problemsOf({ SHARDING_MANAGER: "true", SHARDS: "5", SHARD_COUNT: "4" })[0]).toContain(
      "SHARDS, SHARD_COUNT",
    );
  });
});

describe("the sharding manager's plan", () => {
  const gateway = { shards: 3, maxConcurrency: 1 };

  it("runs every recommended shard with auto, and waits 5.5 s between identifies", () => {
    expect(planShards({ shardIds: "all", shardCount: "auto", managed: false }, gateway)).toEqual({
      total: 3,
      shardIds: [0, 1, 2],
      spawnDelayMs: 5_500,
    });
  });

  it("runs this host's range of a fixed count, faster when Discord allows more identifies", () => {
    expect(
      planShards(
        { shardIds: [4, 5, 6, 7], shardCount: 8, managed: false },
        { shards: 3, maxConcurrency: 16 },
      ),
    ).toEqual({ total: 8, shardIds: [4, 5, 6, 7], spawnDelayMs: 344 });
  });
});
