/**
 * Events that arrive while the bot is still attaching its handlers (it logs in while the index is
 * built) are held and handed over, in order, once it has; nothing is lost or handled twice.
 */
import { Client, Events, GatewayIntentBits } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { holdEvents } from "../src/discord/held-events.ts";

describe("holdEvents", () => {
  const client = new Client({ intents: [GatewayIntentBits.Guilds] });
  afterEach(() => client.removeAllListeners());

  it("hands what arrived early to the handlers attached later, in order, once", () => {
    const release = holdEvents(client, [Events.MessageCreate, Events.InteractionCreate]);
    client.emit(Events.MessageCreate, "first" as never);
    client.emit(Events.InteractionCreate, "second" as never);
    client.emit(Events.MessageCreate, "third" as never);

    const seen: string[] = [];
    client.on(Events.MessageCreate, (message) => seen.push(`message ${String(message)}`));
    client.on(Events.InteractionCreate, (interaction) =>
      seen.push(`interaction ${String(interaction)}`),
    );
    expect(seen).toEqual([]);
    release();
    expect(seen).toEqual(["message first", "interaction second", "message third"]);

    // After the release, events go straight to the handlers, and nothing is held any more.
    client.emit(Events.MessageCreate, "fourth" as never);
    expect(seen).toEqual([
      "message first",
      "interaction second",
      "message third",
      "message fourth",
    ]);
    expect(client.listenerCount(Events.MessageCreate)).toBe(1);
  });
});
