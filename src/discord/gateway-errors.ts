/**
 * What Discord's refusals mean for the operator: a login that fails, a gateway connection closed
 * for good (close codes 4004-4014), each with the setting to check and where to change it.
 */
import { EXIT_CODES, StartupError } from "../process/startup-error.ts";

const TOKEN_ADVICE =
  "Check DISCORD_TOKEN (Developer Portal -> your application -> Bot -> Reset Token) and DISCORD_API_BASE_URL.";
const INTENTS_ADVICE =
  "Discord refused a privileged gateway intent (Message Content or Server Members): enable it in the Developer Portal -> your application -> Bot -> Privileged Gateway Intents, or stop requesting it.";
const SHARDING_ADVICE =
  "Discord requires more shards for this many servers: set DISCORD_SHARD_COUNT=auto, or run npm run start:sharded.";
const SHARD_IDS_ADVICE =
  "Discord refused the shard: check DISCORD_SHARD_IDS and DISCORD_SHARD_COUNT (ids start at 0, below the count).";

/** The operator's next step for a gateway close code discord.js does not recover from. */
export function explainGatewayClose(code: number): string {
  switch (code) {
    case 4004:
      return `Discord rejected the token (4004 authentication failed). ${TOKEN_ADVICE}`;
    case 4010:
      return `Invalid shard (4010). ${SHARD_IDS_ADVICE}`;
    case 4011:
      return `Sharding required (4011). ${SHARDING_ADVICE}`;
    case 4012:
      return "Invalid gateway API version (4012): update discord.js.";
    case 4013:
      return "Invalid intents (4013): the client asked for intents Discord does not know; this is a bug in the bot.";
    case 4014:
      return `Disallowed intents (4014). ${INTENTS_ADVICE}`;
    default:
      return `Discord closed the gateway connection for good (close code ${code}).`;
  }
}

/** The advice for an error discord.js's login threw (its messages name the close reason). */
function loginAdvice(message: string): string {
  if (/disallowed intents/i.test(message)) return INTENTS_ADVICE;
  if (/sharding is required/i.test(message)) return SHARDING_ADVICE;
  if (/invalid shard/i.test(message)) return SHARD_IDS_ADVICE;
  return TOKEN_ADVICE;
}

export class DiscordLoginError extends StartupError {
  constructor(cause: unknown) {
    const message = String((cause as Error)?.message ?? cause).replace(/\.$/, "");
    super(
      `Could not log in to Discord: ${message}. ${loginAdvice(message)}`,
      EXIT_CODES.discordLogin,
      { cause },
    );
    this.name = "DiscordLoginError";
  }
}
