import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { deployCommands } from "../../src/discord/deploy.ts";
import { type FakeDiscord, startFakeDiscord } from "../fakes/discord-fake.ts";
import { collect, spawnEntry } from "../helpers/spawn.ts";

const SCRIPT = "src/cli/deploy-commands.ts";
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
});

function deploy(environment: Record<string, string>) {
  return collect(
    spawnEntry(SCRIPT, {
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.world.applicationId,
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
      LOG_LEVEL: "silent",
      ...environment,
    }),
  ).finished;
}

describe("npm run deploy-commands", () => {
  it("registers to the guild in DISCORD_GUILD_ID and prints what it registered", async () => {
    const guildId = fake.channel().guild_id ?? "";
    const { code, stdout, stderr } = await deploy({ DISCORD_GUILD_ID: guildId });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain(`Registered 6 commands to guild ${guildId}`);
    for (const line of ["/ask (질문)", "/deal (거래)", "/who-pays-whom (돈의-흐름)"]) {
      expect(stdout).toContain(line);
    }
    const put = fake.calls.find(
      (call) => call.route === "PUT /applications/:applicationId/guilds/:guildId/commands",
    );
    expect(put?.authorization).toBe(`Bot ${fake.token}`);
    expect(put?.params).toMatchObject({ applicationId: fake.world.applicationId, guildId });
    const definitions = put?.body as unknown as {
      name: string;
      name_localizations?: { ko?: string };
    }[];
    expect(definitions.map((definition) => definition.name).sort()).toEqual([
      "about",
      "ask",
      "deal",
      "help",
      "stats",
      "who-pays-whom",
    ]);
    for (const definition of definitions) expect(definition.name_localizations?.ko).toBeTruthy();
  });

  it("registers globally without DISCORD_GUILD_ID", async () => {
    const config = loadConfig({
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.world.applicationId,
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
    });
    const result = await deployCommands(config, [{ name: "ping", description: "Ping" }]);
    expect(result.scope).toBe("global");
    expect(result.registered.map((command) => command.name)).toEqual(["ping"]);
    expect(fake.calls.at(-1)?.route).toBe("PUT /applications/:applicationId/commands");
  });

  it("names what is missing when the application id is not set", async () => {
    const config = loadConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_BASE_URL: fake.apiBaseUrl });
    await expect(deployCommands(config, [])).rejects.toThrow(/needs DISCORD_CLIENT_ID/);
  });
});
