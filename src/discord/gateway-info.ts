/**
 * GET /gateway/bot through DISCORD_API_BASE_URL: the shard count Discord recommends and how many
 * shards may identify at once. (discord.js's own "auto" always asks discord.com, so it would
 * bypass a REST proxy and the test fake.)
 */
import { REST, type RESTGetAPIGatewayBotResult, Routes } from "discord.js";

export async function fetchGatewayBot(
  apiBaseUrl: string,
  token: string,
): Promise<RESTGetAPIGatewayBotResult> {
  const rest = new REST({ api: apiBaseUrl }).setToken(token);
  try {
    return (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
