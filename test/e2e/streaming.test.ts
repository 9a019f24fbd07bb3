/**
 * A slow, streaming answer (a fixture command standing in for Claude, paced by the test): deferred
 * before any of it is written, drafted far less often than it grows, and finished with one last
 * edit after Discord's 3-second ack deadline. No timing windows: the test releases the words.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_COMMANDS_DIR } from "../../src/discord/command-loader.ts";
import type { RecordedCall } from "../fakes/discord-fake.ts";
import { projectRoot } from "../helpers/paths.ts";
import { waitUntilPast } from "../helpers/wait.ts";
import { releaseWords } from "../helpers/word-pace.ts";
import { useBotAgainstFake } from "./harness.ts";

/** Discord's (and the fake's default) time to acknowledge an interaction. */
const ACK_DEADLINE_MS = 3_000;
const WORDS = 30;

const world = useBotAgainstFake({
  commandDirs: [DEFAULT_COMMANDS_DIR, path.join(projectRoot, "test/fixtures/commands")],
});

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i + 1}`).join(" ");

describe("a slow answer that streams", () => {
  it("is deferred before it is written, drafted far less often than it grows, and finished with one last edit", async () => {
    const { fake } = world;
    const interaction = fake.slashCommand("stream", { words: WORDS });
    const isEdit = (call: RecordedCall) =>
      call.params.token === interaction.token &&
      call.method === "PATCH" &&
      call.params.messageId === "@original";

    // Deferred ("thinking…") before a single word exists.
    await fake.waitForCall((call) => call.params.interactionId === interaction.id);
    expect(interaction.ackType).toBe(5);
    expect(fake.callsMatching(isEdit)).toEqual([]);

    // The first word is shown at once.
    releaseWords(interaction.id, 1);
    await fake.waitForCalls(isEdit, 1);
    // Then 28 words in one burst: the throttle shows the latest of them, not one edit per word.
    releaseWords(interaction.id, WORDS - 1);
    await fake.waitForCall(
      (call) => isEdit(call) && call.body?.content === `${words(WORDS - 1)} ▌`,
      { timeoutMs: 60_000 },
    );
    // The last word only after Discord's ack deadline: the edit must still be accepted.
    await waitUntilPast(interaction.dispatchedAt + ACK_DEADLINE_MS);
    releaseWords(interaction.id, WORDS);
    await world.waitForLog(
      (line) => line.msg === "command finished" && line.interactionId === interaction.id,
      60_000,
    );

    const edits = fake.callsMatching(isEdit);
    const drafts = edits.slice(0, -1);
    const last = edits.at(-1);
    expect(drafts[0]?.body?.content).toBe("word1 ▌");
    expect(drafts.map((draft) => draft.body?.content)).toContain(`${words(WORDS - 1)} ▌`);
    // The burst ran in one go, so at most one draft between the first and the burst's latest (if
    // the first edit had finished and its interval passed before the burst), and one for the last
    // word (it came after the interval): never one per word.
    expect(drafts.length).toBeLessThanOrEqual(4);
    for (const draft of drafts) expect(String(draft.body?.content)).toMatch(/^word1( word\d+)* ▌$/);
    expect(last?.body?.content).toBe(`Finished: ${words(WORDS)}`);
    expect(last?.status).toBe(200);
    expect((last?.receivedAt ?? 0) - interaction.dispatchedAt).toBeGreaterThan(ACK_DEADLINE_MS);
  });
});
