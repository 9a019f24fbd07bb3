/** The Discord bot (placeholder until the Discord issue lands: it says so and exits). */
import type { Runtime } from "../runtime.ts";

export async function startDiscordBot(runtime: Runtime): Promise<void> {
  runtime.logger.error(
    "The Discord bot is not built yet; unset DISCORD_TOKEN to use the terminal chat.",
  );
  process.exitCode = 1;
}
