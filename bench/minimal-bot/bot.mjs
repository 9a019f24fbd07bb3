// The smallest useful discord.js bot, as the start-up bench's yardstick: the same three intents as
// deal-bot (Guilds, GuildMessages, DirectMessages), and a reply to any message that mentions it.
// It reads DISCORD_TOKEN and DISCORD_API_BASE_URL (the bench points them at the fake Discord).
import { Client, Events, GatewayIntentBits } from "discord.js";

const client = new Client({
  intents: [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.DirectMessages,
  ],
  rest: { api: process.env.DISCORD_API_BASE_URL ?? "https://discord.com/api" },
});

client.once(Events.ClientReady, (ready) => {
  process.stderr.write(`minimal bot ready as ${ready.user.tag}\n`);
});

client.on(Events.MessageCreate, async (message) => {
  if (message.author.bot || !message.mentions.has(client.user)) return;
  await message.reply({ content: "Hello!", allowedMentions: { parse: [] } });
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    void client.destroy().finally(() => process.exit(0));
  });
}

await client.login(process.env.DISCORD_TOKEN);
