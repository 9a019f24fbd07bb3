/**
 * A slow, streaming answer (a fixture command standing in for Claude): acknowledged at once,
 * then edited progressively at most about once a second, then the finished text.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_COMMANDS_DIR } from "../../src/discord/command-loader.ts";
import { projectRoot } from "../helpers/paths.ts";
import { ackDelay } from "./expectations.ts";
import { useBotAgainstFake } from "./harness.ts";

const world = useBotAgainstFake({
  commandDirs: [DEFAULT_COMMANDS_DIR, path.join(projectRoot, "test/fixtures/commands")],
});

describe("a slow answer that streams", () => {
  it("is deferred in time, drafted about once a second, and finished with one last edit", async () => {
    const interaction = world.fake.slashCommand("stream", { seconds: 3.2 });
    await world.waitForLog(
      (line) => line.msg === "command finished" && line.interactionId === interaction.id,
    );
    expect(ackDelay(interaction)).toBeLessThan(1_000);
    const edits = world.fake
      .callsOf(interaction)
      .filter((call) => call.method === "PATCH" && call.params.messageId === "@original");
    const drafts = edits.slice(0, -1);
    const last = edits.at(-1);
    // 3.2 s of streaming at one edit per second: 3 or 4 drafts, never one per word (32).
    expect(drafts.length).toBeGreaterThanOrEqual(3);
    expect(drafts.length).toBeLessThanOrEqual(5);
    for (let index = 1; index < drafts.length; index += 1) {
      const gap = (drafts[index]?.receivedAt ?? 0) - (drafts[index - 1]?.receivedAt ?? 0);
      expect(gap).toBeGreaterThanOrEqual(900);
    }
    for (const draft of drafts) expect(String(draft.body?.content)).toMatch(/^word1( word\d+)* ▌$/);
    expect(String(last?.body?.content)).toMatch(/^Finished: word1 word2 .*word3\d$/);
    // The finished text arrived after Discord's 3-second ack deadline, and was accepted.
    expect((last?.receivedAt ?? 0) - interaction.dispatchedAt).toBeGreaterThan(3_000);
    expect(last?.status).toBe(200);
  });
});
