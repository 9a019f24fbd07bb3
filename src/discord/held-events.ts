/**
 * Holds a client's events while the bot is still getting ready (it logs in while the knowledge
 * and the commands load): whatever arrives meanwhile is kept, and release() hands it, in order, to
 * the listeners attached by then. Nothing that arrives early is lost.
 */
import type { Client, ClientEvents } from "discord.js";

export function holdEvents(client: Client, names: readonly (keyof ClientEvents)[]): () => void {
  const held: { readonly name: keyof ClientEvents; readonly args: unknown[] }[] = [];
  const holders = names.map((name) => {
    const holder = (...args: unknown[]) => held.push({ name, args });
    client.on(name, holder);
    return { name, holder };
  });
  return () => {
    for (const { name, holder } of holders) client.off(name, holder);
    for (const { name, args } of held.splice(0)) {
      (client.emit as (event: string, ...values: unknown[]) => boolean)(name, ...args);
    }
  };
}
