/**
 * npm run deploy-commands: registers commands/ with Discord (the guild in DISCORD_GUILD_ID, else
 * globally) and prints what it registered. With --clear it registers none, which removes the
 * bot's commands from that scope (e.g. a development guild's copies).
 */
import { loadConfig } from "../config.ts";
import { DEFAULT_COMMANDS_DIR, loadCommands } from "../discord/command-loader.ts";
import { DeployConfigError, deployCommands } from "../discord/deploy.ts";
import { loadKnowledge } from "../knowledge/load.ts";
import { runMain } from "../runtime.ts";

await runMain(async () => {
  const config = loadConfig();
  const knowledge = loadKnowledge(config.knowledgeDir);
  const commands = await loadCommands([DEFAULT_COMMANDS_DIR], {
    knowledge,
    maxQuestionLength: config.maxQuestionLength,
  });
  const clear = process.argv.slice(2).includes("--clear");
  try {
    const result = await deployCommands(
      config,
      clear ? [] : [...commands.values()].map((loaded) => loaded.definition),
    );
    const where =
      result.scope === "guild"
        ? `to guild ${result.guildId} (available at once)`
        : "globally (new commands can take up to an hour to appear everywhere)";
    const lines = result.registered.map((command) => {
      const korean = command.name_localizations?.ko;
      return `  /${command.name}${korean ? ` (${korean})` : ""}  ${command.id}  ${command.description}`;
    });
    process.stdout.write(
      `Registered ${result.registered.length} commands ${where}:\n${lines.join("\n")}\n`,
    );
  } catch (error) {
    if (error instanceof DeployConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`Registering the commands failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
});
