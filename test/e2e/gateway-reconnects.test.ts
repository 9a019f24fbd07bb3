/**
 * A gateway that keeps failing is not silent: each reconnect without a working session is counted
 * in a warning, and the count starts again once a session works.
 */
import { describe, expect, it } from "vitest";
import { startBotAgainstFake } from "./harness.ts";

describe("repeated gateway failures", () => {
  it("warn with the number of attempts since the last working session", async () => {
    const world = await startBotAgainstFake();
    try {
      const { fake, waitForLog } = world;
      fake.gateway.refuseWith = 4000;
      fake.gateway.closeShard(0, 4000);
      const third = await waitForLog((line) => line.attempt === 3, 60_000);
      expect(third).toMatchObject({ level: 40, shardId: 0 });
      expect(third.msg).toContain("reconnect attempt 3 without a working session");

      fake.gateway.refuseWith = undefined;
      await waitForLog(
        (line) => line.msg === "shard resumed" || line.msg === "shard connected",
        60_000,
      );
      const before = world.logs.length;
      fake.gateway.closeShard(0, 4000);
      await waitForLog(
        (line) => world.logs.indexOf(line) >= before && line.msg === "shard resumed",
        60_000,
      );
      // A working session in between: no attempt counted past the first.
      expect(world.logs.slice(before).some((line) => typeof line.attempt === "number")).toBe(false);
    } finally {
      await world.stop();
    }
  }, 120_000);
});
