import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_COMMANDS_DIR } from "../../src/discord/command-loader.ts";
import { projectRoot } from "../helpers/paths.ts";
import { acknowledgement, expectNoPings } from "./expectations.ts";
import { type BotUnderTest, startBotAgainstFake } from "./harness.ts";

const ERROR_ID = /error id: `([0-9a-f]{8})`/;

let world: BotUnderTest;
beforeAll(async () => {
  world = await startBotAgainstFake({
    commandDirs: [DEFAULT_COMMANDS_DIR, path.join(projectRoot, "test/fixtures/commands")],
  });
});
afterAll(async () => {
  if (!world) return;
  expectNoPings(world.fake);
  await world.stop();
});

describe("errors end in an apology with an id that is also in the log", () => {
  it("a command that throws: deferred in time, then the apology", async () => {
    const interaction = world.fake.slashCommand("explode");
    const message = await world.fake.waitForResponse(interaction);
    expect(acknowledgement(interaction)).toBe(5);
    const errorId = ERROR_ID.exec(message.content)?.[1];
    expect(errorId).toBeDefined();
    const logged = await world.waitForLog((line) => line.errorId === errorId);
    expect(logged.level).toBe(50);
    expect(logged.command).toBe("explode");
    expect(JSON.stringify(logged.err)).toContain("failed on purpose");
  });

  it("Discord rejecting the answer itself: the apology replaces it", async () => {
    const interaction = world.fake.slashCommand("ask", {
      question: "How much is NVIDIA investing?",
    });
    world.fake.rest.injectFailure({
      match: (call) => call.method === "PATCH" && call.params.token === interaction.token,
      status: 400,
      json: { code: 50035, message: "Invalid Form Body" },
    });
    const edits = await world.fake.waitForCalls(
      (call) => call.method === "PATCH" && call.params.token === interaction.token,
      2,
    );
    expect(edits[0]?.status).toBe(400);
    expect(edits[1]?.status).toBe(200);
    const apology = String(edits[1]?.body?.content);
    const errorId = ERROR_ID.exec(apology)?.[1];
    expect(errorId).toBeDefined();
    await world.waitForLog((line) => line.errorId === errorId && line.level === 50);
  });

  it("a failing reply to a mention: the apology goes to the channel, in the server's language", async () => {
    const { fake } = world;
    const question = fake.say(`${fake.botMention} How much is NVIDIA investing?`);
    fake.rest.injectFailure({
      match: (call) =>
        call.route === "POST /channels/:channelId/messages" &&
        (call.body?.message_reference as { message_id?: string })?.message_id === question.id &&
        String(call.body?.content).includes("$10 billion"),
      status: 403,
      json: { code: 50013, message: "Missing Permissions" },
    });
    const apology = await fake.waitForReply(question);
    const errorId = ERROR_ID.exec(apology.content)?.[1];
    expect(errorId).toBeDefined();
    await world.waitForLog((line) => line.errorId === errorId);
  });
});
