/**
 * Before the suite: the entry points run as compiled JavaScript (dist/, what npm start runs), so
 * build it when any source is newer than the build (npm ci builds it once through `prepare`).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./helpers/paths.ts";

const STAMP = path.join(projectRoot, "dist/src/main.js");
const SOURCES = ["src", "commands", "tsconfig.json", "tsconfig.build.json", "package.json"];

function newestChange(entry: string): number {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const name of readdirSync(entry)) {
    newest = Math.max(newest, newestChange(path.join(entry, name)));
  }
  return newest;
}

export default function buildIfStale(): void {
  const sources = Math.max(...SOURCES.map((entry) => newestChange(path.join(projectRoot, entry))));
  if (existsSync(STAMP) && statSync(STAMP).mtimeMs >= sources) return;
  process.stderr.write("dist/ is older than the sources: npm run build\n");
  execFileSync("npm", ["run", "--silent", "build"], { cwd: projectRoot, stdio: "inherit" });
}
