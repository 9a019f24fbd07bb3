/**
 * npm run bench: every benchmark section in turn, printed as one Markdown table (the README's).
 * `npm run bench -- load memory` runs only the sections named. Timings on a shared machine are
 * noisy: the figures are for comparison, not for tests.
 */

import os from "node:os";
import { runMain } from "../src/runtime.ts";
import buildIfStale from "../test/global-setup.ts";
import { claudeBench } from "./claude.ts";
import { claudeMemoryBench } from "./claude-memory.ts";
import { discordBench } from "./discord.ts";
import { loadBench } from "./discord-load.ts";
import { discordMemoryBench } from "./discord-memory.ts";
import { engineBench } from "./engine.ts";
import { eventLoopBench } from "./event-loop.ts";
import { startupBench } from "./startup.ts";
import { storeBench } from "./store.ts";
import type { BenchSection } from "./types.ts";

const sections: BenchSection[] = [
  engineBench,
  claudeBench,
  discordBench,
  loadBench,
  discordMemoryBench,
  claudeMemoryBench,
  startupBench,
  eventLoopBench,
  storeBench,
];

await runMain(async () => {
  // The bot runs compiled, as `npm start` runs it: build it when a source is newer than dist/.
  buildIfStale();
  const chosen = process.argv.slice(2);
  const lines = ["| section | measure | value | target | note |", "|---|---|---|---|---|"];
  for (const section of sections) {
    if (chosen.length > 0 && !chosen.includes(section.title)) continue;
    process.stderr.write(`bench: ${section.title}…\n`);
    for (const row of await section.run()) {
      lines.push(
        `| ${section.title} | ${row.name} | ${row.value} | ${row.target ?? ""} | ${row.note ?? ""} |`,
      );
    }
  }
  const load = os.loadavg().map((value) => value.toFixed(1));
  lines.push(
    "",
    `Machine: ${os.cpus().length} cores, load average at the end ${load.join(" / ")} (1 / 5 / 15 min).`,
  );
  process.stdout.write(`${lines.join("\n")}\n`);
});
