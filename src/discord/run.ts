/**
 * npm start with DISCORD_TOKEN: the bot as a process. It runs until asked to stop (SIGTERM,
 * SIGINT, its parent or sharding manager gone), then stops without losing an answer and exits 0.
 * When it can no longer work (token revoked, gateway closed for good, a bug that escaped every
 * handler) it logs why and exits 1, so its supervisor notices. Start-up errors go to runMain.
 */

import { EXIT_CODES } from "../process/startup-error.ts";
import { onStopRequest } from "../process/stop-requests.ts";
import type { Runtime, RuntimeStart } from "../runtime.ts";
import { type BotFailure, createDiscordBot, type DiscordBot } from "./bot.ts";

/** Beyond grace + final sends: closing the client and flushing logs. Past it, exit anyway. */
const CLOSE_MS = 400;

export async function runDiscordBot(runtime: Runtime | RuntimeStart): Promise<void> {
  const { logger, config } = runtime;
  process.on("unhandledRejection", (reason) => {
    logger.error({ err: reason }, "unhandled promise rejection (the bot keeps running)");
  });
  let bot: DiscordBot | undefined;
  let stopping = false;
  let stopWatching: () => void = () => {};
  const shutdown = (reason: string, failed: boolean, graceMs: number) => {
    if (failed) process.exitCode = EXIT_CODES.failure;
    if (stopping || !bot) return;
    stopping = true;
    const running = bot;
    logger.info({ signal: reason, inFlight: running.inFlight.size, graceMs }, "shutting down");
    // If something hangs, leave anyway; unref so a clean stop exits sooner.
    setTimeout(
      () => {
        logger.error("the stop took too long; exiting anyway");
        logger.flush();
        process.exit(EXIT_CODES.failure);
      },
      graceMs + config.shutdownFinalSendsMs + CLOSE_MS,
    ).unref();
    void running
      .stop({ graceMs, finalSendsMs: config.shutdownFinalSendsMs })
      .then(({ unanswered }) => {
        if (unanswered > 0) process.exitCode = EXIT_CODES.failure;
      })
      .catch((error) => {
        process.exitCode = EXIT_CODES.failure;
        logger.error({ err: error }, "error while shutting down");
      })
      .finally(() => {
        stopWatching();
        logger.info({ exitCode: process.exitCode ?? 0 }, "stopped");
        logger.flush();
        // A shard process's channel to its manager would keep it alive.
        if (process.connected) process.disconnect();
      });
  };
  const onFailure = (failure: BotFailure) =>
    // A revoked token cannot send anything more: no grace. A lost gateway can still send.
    shutdown(failure, true, failure === "token-rejected" ? 0 : config.shutdownGraceMs);
  // Watched from the start: a stop asked for while logging in (a manager killed meanwhile, a
  // Discord that never answers) must not leave a process behind. Nothing is in flight yet.
  stopWatching = onStopRequest((reason) => {
    if (bot) {
      shutdown(reason, false, config.shutdownGraceMs);
      return;
    }
    logger.info({ signal: reason }, "stop requested while starting; exiting");
    logger.flush();
    process.exit(EXIT_CODES.ok);
  });
  bot = await createDiscordBot(runtime, { onFailure });
  // A bug that escaped every handler: the process state is unknown, so log it and restart clean.
  process.on("uncaughtException", (error) => {
    logger.fatal({ err: error }, "uncaught exception; shutting down to restart clean");
    shutdown("uncaught-exception", true, 0);
  });
}
