/**
 * npm start: the product's one entry point. With DISCORD_TOKEN it runs the Discord bot; without
 * one, on a terminal, it opens the terminal chat; without either it explains what is missing.
 */
import { ConfigError, isInteractiveTerminal, loadConfig } from "./config.ts";
import { applyV8Flags } from "./process/v8-flags.ts";
import { createRuntime, runMain, startRuntime } from "./runtime.ts";

applyV8Flags();
await runMain(async () => {
  const config = loadConfig();
  if (config.discord.token === undefined) {
    if (!isInteractiveTerminal()) {
      throw new ConfigError([
        "DISCORD_TOKEN: not set, and this is not a terminal, so there is nothing to run. Set DISCORD_TOKEN (see .env.example) to start the Discord bot, or run `npm start` in a terminal for the chat",
      ]);
    }
    process.stdout.write(
      "No DISCORD_TOKEN set: opening the terminal chat instead of the Discord bot.\n",
    );
    // Each mode loads only its own modules: the bot never loads the chat's, nor the chat discord.js.
    const [{ runChat }, { terminalStyle }] = await Promise.all([
      import("./cli/chat-session.ts"),
      import("./render/terminal.ts"),
    ]);
    const runtime = createRuntime({ logLevel: "warn" });
    await runChat(runtime, {
      input: process.stdin,
      output: process.stdout,
      style: terminalStyle(process.stdout, runtime.config.color),
      terminal: true,
    });
    return;
  }
  const { runDiscordBot } = await import("./discord/run.ts");
  // Finished by the bot while it logs in: the index is built while it waits for Discord.
  await runDiscordBot(startRuntime());
});
