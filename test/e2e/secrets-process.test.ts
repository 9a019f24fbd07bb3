/**
 * Secrets never reach the logs: npm start as a real process, with a planted Discord token and
 * Anthropic key, at debug level, through start-up, a Claude answer, failures (Claude 500 then
 * 401, Discord refusing answers) and shutdown; every byte it wrote is searched for both, and for
 * the interaction token that errors' URLs carry.
 * Configuration errors name the variable, never its value.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { type FakeAnthropicServer, startFakeAnthropic } from "../fakes/anthropic-server.ts";
import { type FakeDiscord, startFakeDiscord } from "../fakes/discord-fake.ts";
import { citedReply } from "../helpers/claude-replies.ts";
import { collect, signalEntry, spawnEntry, waitForOutput } from "../helpers/spawn.ts";

const DISCORD_TOKEN = "MTA5ODc2NTQzMjEwOTg3NjU0.GdScrt.DiscordSecret42-planted-abcdefghijklmnop";
const ANTHROPIC_KEY = "sk-ant-api03-AnthropicSecret42-planted-0123456789abcdefghijklmnop";
/** Parts of each secret, so a shortened or re-encoded copy is found too. */
const MARKERS = ["DiscordSecret42", "AnthropicSecret42", "MTA5ODc2NTQzMjEwOTg3NjU0"];

let fake: FakeDiscord;
let claude: FakeAnthropicServer;
beforeAll(async () => {
  fake = await startFakeDiscord({ token: DISCORD_TOKEN });
  claude = await startFakeAnthropic();
});
afterAll(async () => {
  await fake?.close();
  await claude?.close();
});

describe("planted secrets", () => {
  it("never appear in the output of a whole run at debug level, failures included", async () => {
    const child = spawnEntry("src/main.ts", {
      DISCORD_TOKEN,
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
      ANTHROPIC_API_KEY: ANTHROPIC_KEY,
      ANTHROPIC_BASE_URL: claude.url,
      // Generous: the 500 is retried (and the 401 seen) however busy the machine.
      CLAUDE_TIMEOUT_MS: "20000",
      LOG_LEVEL: "debug",
    });
    const run = collect(child);
    await waitForOutput(child, "Discord bot ready");

    claude.enqueue(citedReply("NVIDIA promised up to $10 billion."));
    const answered = fake.say(`${fake.botMention} How much is NVIDIA investing?`);
    expect((await fake.waitForReply(answered)).content).toMatch(/^NVIDIA promised/);

    // Claude fails (500, then the key is rejected) and Discord refuses the answer: the apology.
    claude.enqueue({ type: "error", status: 500 }, { type: "error", status: 401 });
    const failing = fake.say(`${fake.botMention} How much is Microsoft investing?`);
    fake.rest.injectFailure({
      match: (call) =>
        (call.body?.message_reference as { message_id?: string } | undefined)?.message_id ===
          failing.id && String(call.body?.content).includes("$5 billion"),
      status: 403,
      json: { code: 50013, message: "Missing Permissions" },
    });
    expect((await fake.waitForReply(failing)).content).toMatch(/error id/);
    // An interaction's token (in the URL of its edits) lets anyone edit the reply for 15 minutes.
    const interaction = fake.slashCommand("ask", { question: "How much is NVIDIA investing?" });
    fake.rest.injectFailure({
      match: (call) => call.method === "PATCH" && call.params.token === interaction.token,
      status: 400,
      json: { code: 50035, message: "Invalid Form Body" },
    });
    expect((await fake.waitForResponse(interaction)).content).toMatch(/error id/);

    signalEntry(run.output().stderr, "SIGTERM");
    const { code, stdout, stderr } = await run.finished;
    expect(code).toBe(0);
    const output = `${stdout}\n${stderr}`;
    // The run really went through debug logging, the failures and the shutdown…
    expect(output).toContain('"level":20');
    expect(output).toContain("handler failed");
    expect(output).toContain("ANTHROPIC_API_KEY was rejected");
    expect(output).toContain('"msg":"stopped"');
    // …and the secrets were really used…
    expect(fake.calls.some((call) => call.authorization === `Bot ${DISCORD_TOKEN}`)).toBe(true);
    expect(JSON.stringify(claude.requests.map((request) => request.headers))).toContain(
      ANTHROPIC_KEY,
    );
    // …and never written.
    for (const marker of MARKERS) expect(output).not.toContain(marker);
    expect(output).toContain("/webhooks/");
    expect(output).not.toContain(interaction.token);
  });

  it("a configuration error names the variable, never its value", () => {
    const bad = {
      DISCORD_TOKEN,
      ANTHROPIC_API_KEY: ANTHROPIC_KEY,
      DISCORD_CLIENT_ID: DISCORD_TOKEN,
      DISCORD_GUILD_ID: ANTHROPIC_KEY,
      ANTHROPIC_BASE_URL: ANTHROPIC_KEY,
      DISCORD_API_BASE_URL: DISCORD_TOKEN,
      CLAUDE_TIMEOUT_MS: ANTHROPIC_KEY,
      ANTHROPIC_MODEL: `${DISCORD_TOKEN} ${ANTHROPIC_KEY}`,
    };
    let error: unknown;
    try {
      loadConfig(bad);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = String((error as Error).message);
    for (const variable of Object.keys(bad).filter((name) => !/TOKEN|API_KEY/.test(name))) {
      expect(message).toContain(variable);
    }
    for (const marker of MARKERS) expect(message).not.toContain(marker);
  });
});
