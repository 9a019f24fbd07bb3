/**
 * /stats's chart as a PNG: answers per day, one stacked bar per day (Claude below, the
 * deterministic answer above), the day's total on top, a legend, and light grid lines. Korean or
 * English labels; the font comes from fonts.ts, so Hangul renders on a bare machine.
 */
import { createCanvas } from "@napi-rs/canvas";
import type { Language } from "../knowledge/schema.ts";
import { roundedRect } from "./canvas-text.ts";
import { ensureFonts, font } from "./fonts.ts";
import type { DayCounts } from "./stats-days.ts";

const WIDTH = 1000;
const HEIGHT = 520;
const PLOT = { left: 84, right: 40, top: 96, bottom: 78 };
const COLORS = {
  background: "#0F172A",
  title: "#F8FAFC",
  subtitle: "#94A3B8",
  grid: "#1E293B",
  axis: "#64748B",
  label: "#CBD5E1",
  claude: "#F59E0B",
  fallback: "#38BDF8",
};

const words = {
  ko: {
    title: "일별 답변 수",
    subtitle: (first: string, last: string) => `${first} ~ ${last} (UTC)`,
    claude: "Claude",
    fallback: "기사 직접 인용",
  },
  en: {
    title: "Answers per day",
    subtitle: (first: string, last: string) => `${first} to ${last} (UTC)`,
    claude: "Claude",
    fallback: "Quoted from the article",
  },
} as const satisfies Record<Language, unknown>;

/** Draws the chart; `days` in order, oldest first (see fillDays). */
export async function drawStatsChart(
  days: readonly DayCounts[],
  language: Language,
): Promise<Buffer> {
  ensureFonts();
  const text = words[language];
  const canvas = createCanvas(WIDTH, HEIGHT);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = COLORS.background;
  ctx.fillRect(0, 0, WIDTH, HEIGHT);

  ctx.textBaseline = "alphabetic";
  ctx.textAlign = "left";
  ctx.fillStyle = COLORS.title;
  ctx.font = font(28, "bold");
  ctx.fillText(text.title, PLOT.left, 44);
  if (days.length > 0) {
    ctx.fillStyle = COLORS.subtitle;
    ctx.font = font(16);
    ctx.fillText(text.subtitle(days[0]?.day ?? "", days.at(-1)?.day ?? ""), PLOT.left, 72);
  }
  drawLegend(ctx, text);

  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const bottom = PLOT.top + plotHeight;
  const most = Math.max(0, ...days.map((entry) => entry.claude + entry.fallback));
  const step = tickStep(most);
  const top = Math.max(step, Math.ceil(most / step) * step);
  const y = (value: number) => bottom - (value / top) * plotHeight;

  ctx.font = font(14);
  ctx.textAlign = "right";
  ctx.textBaseline = "middle";
  for (let value = 0; value <= top; value += step) {
    ctx.strokeStyle = value === 0 ? COLORS.axis : COLORS.grid;
    ctx.lineWidth = value === 0 ? 2 : 1;
    ctx.beginPath();
    ctx.moveTo(PLOT.left, y(value));
    ctx.lineTo(PLOT.left + plotWidth, y(value));
    ctx.stroke();
    ctx.fillStyle = COLORS.label;
    ctx.fillText(formatNumber(value, language), PLOT.left - 12, y(value));
  }

  const slot = plotWidth / Math.max(1, days.length);
  const barWidth = Math.min(72, slot * 0.6);
  const weekday = new Intl.DateTimeFormat(language === "ko" ? "ko-KR" : "en-US", {
    weekday: "short",
    timeZone: "UTC",
  });
  days.forEach((entry, index) => {
    const x = PLOT.left + slot * index + (slot - barWidth) / 2;
    const claudeTop = y(entry.claude);
    const totalTop = y(entry.claude + entry.fallback);
    if (entry.claude > 0) {
      ctx.fillStyle = COLORS.claude;
      ctx.fillRect(x, claudeTop, barWidth, bottom - claudeTop);
    }
    if (entry.fallback > 0) {
      ctx.fillStyle = COLORS.fallback;
      ctx.fillRect(x, totalTop, barWidth, claudeTop - totalTop);
    }
    const center = x + barWidth / 2;
    ctx.textAlign = "center";
    ctx.textBaseline = "alphabetic";
    ctx.fillStyle = COLORS.title;
    ctx.font = font(15, "bold");
    ctx.fillText(formatNumber(entry.claude + entry.fallback, language), center, totalTop - 8);
    ctx.fillStyle = COLORS.label;
    ctx.font = font(14);
    const date = new Date(`${entry.day}T00:00:00Z`);
    ctx.fillText(entry.day.slice(5).replace("-", "/"), center, bottom + 26);
    ctx.fillStyle = COLORS.subtitle;
    ctx.fillText(weekday.format(date), center, bottom + 48);
  });
  return canvas.encode("png");
}

function drawLegend(
  ctx: ReturnType<ReturnType<typeof createCanvas>["getContext"]>,
  text: (typeof words)[Language],
): void {
  ctx.font = font(16);
  ctx.textBaseline = "middle";
  ctx.textAlign = "left";
  let x = WIDTH - PLOT.right;
  const entries = [
    { label: text.fallback, color: COLORS.fallback },
    { label: text.claude, color: COLORS.claude },
  ];
  for (const entry of entries) {
    const width = ctx.measureText(entry.label).width;
    x -= width;
    ctx.fillStyle = COLORS.label;
    ctx.fillText(entry.label, x, 40);
    x -= 26;
    ctx.fillStyle = entry.color;
    roundedRect(ctx, x, 32, 16, 16, 4);
    ctx.fill();
    x -= 28;
  }
}

/** A round step for about five grid lines: 1, 2, 5, 10, 20, 50, … */
function tickStep(most: number): number {
  if (most <= 5) return 1;
  const rough = most / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const scaled = rough / power;
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
}

function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language === "ko" ? "ko-KR" : "en-US").format(value);
}
