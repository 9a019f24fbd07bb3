/**
 * Registers the slash commands with Discord: to one guild when DISCORD_GUILD_ID is set (instant,
 * for development), otherwise globally (may take a while to show up everywhere).
 */
import {
  type APIApplicationCommand,
  REST,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  Routes,
} from "discord.js";
import type { Config } from "../config.ts";
import { EXIT_CODES, StartupError } from "../process/startup-error.ts";

export interface DeployResult {
  readonly scope: "guild" | "global";
  readonly guildId?: string;
  readonly registered: readonly APIApplicationCommand[];
}

export class DeployConfigError extends StartupError {
  constructor(missing: readonly string[]) {
    super(
      `npm run deploy-commands needs ${missing.join(" and ")} (see .env.example).`,
      EXIT_CODES.config,
    );
    this.name = "DeployConfigError";
  }
}

export async function deployCommands(
  config: Config,
  definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[],
): Promise<DeployResult> {
  const { token, clientId, guildId, apiBaseUrl } = config.discord;
  const missing = [
    ...(token === undefined ? ["DISCORD_TOKEN"] : []),
    ...(clientId === undefined ? ["DISCORD_CLIENT_ID"] : []),
  ];
  if (token === undefined || clientId === undefined) throw new DeployConfigError(missing);
  const rest = new REST({ api: apiBaseUrl }).setToken(token);
  try {
    const route = guildId
      ? Routes.applicationGuildCommands(clientId, guildId)
      : Routes.applicationCommands(clientId);
    // PUT replaces the whole set: commands removed from commands/ disappear from Discord too.
    const registered = (await rest.put(route, { body: definitions })) as APIApplicationCommand[];
    return guildId ? { scope: "guild", guildId, registered } : { scope: "global", registered };
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
