/**
 * A Korean-capable font for drawn images, independent of what the machine has installed: the
 * woff2 subset files of @fontsource/noto-sans-kr (regular and bold), registered once under one
 * family name. Skia picks the subset that holds each character.
 */
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { GlobalFonts } from "@napi-rs/canvas";

export const FONT_FAMILY = "Noto Sans KR";

const SUBSET_FILE = /^noto-sans-kr-[a-z0-9-]+-(400|700)-normal\.woff2$/;

let registered: number | undefined;

/** Registers the font (once per process) and returns how many subset files it took. */
export function ensureFonts(): number {
  if (registered !== undefined) return registered;
  const require = createRequire(import.meta.url);
  const dir = path.join(
    path.dirname(require.resolve("@fontsource/noto-sans-kr/package.json")),
    "files",
  );
  let count = 0;
  for (const file of readdirSync(dir)) {
    if (SUBSET_FILE.test(file) && GlobalFonts.registerFromPath(path.join(dir, file), FONT_FAMILY)) {
      count += 1;
    }
  }
  if (count === 0) throw new Error(`No Noto Sans KR font files found in ${dir}`);
  registered = count;
  return count;
}

/** A CSS font string in the registered family. */
export function font(size: number, weight: "normal" | "bold" = "normal"): string {
  return `${weight === "bold" ? "bold " : ""}${size}px "${FONT_FAMILY}"`;
}
