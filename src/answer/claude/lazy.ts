/**
 * The Claude answerer, loaded on first need: the Anthropic SDK (about half a second and 20 MiB
 * at start-up) is imported only when an API key is set, and then in the background while the bot
 * logs in, not before it.
 */
import type { ClaudeAnswerer, ClaudeAnswererDependencies } from "./answerer.ts";

export function lazyClaudeAnswerer(dependencies: ClaudeAnswererDependencies): ClaudeAnswerer {
  let loading: Promise<ClaudeAnswerer> | undefined;
  let loaded: ClaudeAnswerer | undefined;
  let stopped = false;
  const load = () => {
    loading ??= import("./answerer.ts").then((module) => {
      loaded = module.createClaudeAnswerer(dependencies);
      // Stopped while it loaded: it starts stopped.
      if (stopped) loaded.stop();
      return loaded;
    });
    return loading;
  };
  // Start now: the first question should not wait for the import.
  load().catch(() => {
    // The first ask() reports it (answer.ts logs a throw and falls back).
  });
  return {
    model: dependencies.config.model,
    ask: async (question) => (await load()).ask(question),
    stop: () => {
      stopped = true;
      loaded?.stop();
    },
  };
}
