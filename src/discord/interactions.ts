/**
 * Routes interactions: slash commands are deferred at once (ephemeral or not, as the command
 * says), then run; buttons go to their handlers. Any failure ends in an apology with an error id,
 * never in "The application did not respond".
 */
import {
  type ChatInputCommandInteraction,
  type Client,
  Events,
  type Interaction,
} from "discord.js";
import type { Language } from "../knowledge/schema.ts";
import type { Logger } from "../log.ts";
import type { Runtime } from "../runtime.ts";
import type { AnswerStore } from "./answer-store.ts";
import { handleButton } from "./buttons.ts";
import type { LoadedCommand } from "./command-loader.ts";
import { apologize } from "./errors.ts";
import type { InFlight } from "./in-flight.ts";
import { languageOfLocale } from "./locale.ts";
import type { PostingCap } from "./posting-cap.ts";
import { deferReply, Reply } from "./respond.ts";

export interface InteractionDependencies {
  readonly runtime: Runtime;
  readonly commands: ReadonlyMap<string, LoadedCommand>;
  readonly answers: AnswerStore;
  readonly postingCap: PostingCap;
  /** Counts each interaction until it is answered (a shutdown waits for them). */
  readonly inFlight: InFlight;
}

export function handleInteractions(client: Client, dependencies: InteractionDependencies): void {
  client.on(Events.InteractionCreate, (interaction) => {
    // Handlers answer their own errors; this catches a bug in that, so it is never unhandled.
    dependencies.inFlight.track(
      routeInteraction(interaction, dependencies).catch((error) =>
        dependencies.runtime.logger.error(
          { err: error, interactionId: interaction.id },
          "interaction handler failed",
        ),
      ),
    );
  });
}

async function routeInteraction(interaction: Interaction, dependencies: InteractionDependencies) {
  if (interaction.isChatInputCommand()) await runCommand(interaction, dependencies);
  else if (interaction.isButton()) await handleButton(interaction, dependencies);
}

async function runCommand(
  interaction: ChatInputCommandInteraction,
  { runtime, commands, answers, postingCap }: InteractionDependencies,
) {
  const received = performance.now();
  const language = languageOfLocale(interaction.locale);
  const log = runtime.logger.child({
    interactionId: interaction.id,
    command: interaction.commandName,
    userId: interaction.user.id,
    guildId: interaction.guildId,
  });
  const verdict = postingCap.take(interaction.user.id);
  if (!verdict.allowed) {
    await refuseOverCap(interaction, postingCap, verdict.retryAfterMs, language, log);
    return;
  }
  const loaded = commands.get(interaction.commandName);
  let ephemeral = false;
  try {
    ephemeral = loaded?.command.ephemeral?.(interaction) ?? false;
  } catch (error) {
    log.warn({ err: error }, "ephemeral() failed; answering publicly");
  }
  const reply = new Reply({ kind: "interaction", interaction, ephemeral }, (error) =>
    log.warn({ err: error }, "draft edit failed"),
  );
  try {
    if (!loaded) {
      throw new Error(
        `No command module for /${interaction.commandName}: run npm run deploy-commands again`,
      );
    }
    await deferReply(interaction, ephemeral);
    log.debug({ deferMs: Math.round(performance.now() - received) }, "deferred");
    const definitions = [...commands.values()].map((command) => command.definition);
    const context = { runtime, reply, language, answers, log, commands: definitions };
    await loaded.command.execute(interaction, context);
    log.info({ ms: Math.round(performance.now() - received), ephemeral }, "command finished");
  } catch (error) {
    await apologize(reply, language, error, log);
  }
}

/**
 * Past the posting cap: a short private notice, which only the user sees (Discord needs some
 * answer to every command, else the user sees "The application did not respond"). Nothing is
 * posted in the channel.
 */
async function refuseOverCap(
  interaction: ChatInputCommandInteraction,
  postingCap: PostingCap,
  retryAfterMs: number,
  language: Language,
  log: Logger,
) {
  log.info("posting cap reached; private notice");
  const reply = new Reply({ kind: "interaction", interaction, ephemeral: true }, () => {});
  try {
    await reply.send({ content: postingCap.notice(language, retryAfterMs) });
  } catch (error) {
    log.warn({ err: error }, "could not send the posting cap notice");
  }
}
