/**
 * /stats as one embed and a PNG: a server's figures for the last days (answers by mode, abstained,
 * votes, Claude's share and why it fell back, the questions the knowledge did not cover) with the
 * chart of answers per day. Counts and question texts only: never a user id.
 */
import type { Language } from "../knowledge/schema.ts";
import type { Report } from "../store/report-types.ts";
import type { OutgoingMessage } from "./discord-outgoing.ts";
import { fitEmbed, shorten } from "./embed-limits.ts";
import { escapeMarkdown } from "./markdown.ts";
import { statsChartPng } from "./stats-chart-png.ts";
import { fillDays } from "./stats-days.ts";

const EMBED_COLOR = 0x38bdf8;
const CHART_FILE = "answers-per-day.png";
/** Abstained questions listed; each cut to one line. */
const TOP_QUESTIONS = 5;
const QUESTION_CHARS = 90;

const text = {
  ko: {
    title: (days: number) => `최근 ${days}일 통계`,
    description: "이 서버에서 봇이 한 답변입니다. 사용자 ID는 저장하거나 보여주지 않아요.",
    answers: "답변",
    byMode: "방식별",
    modes: (claude: string, fallback: string) => `Claude ${claude} · 직접 인용 ${fallback}`,
    abstained: "답하지 못한 질문",
    votes: "피드백",
    voteLine: (up: string, down: string) => `👍 ${up} · 👎 ${down}`,
    claudeShare: "Claude 비율",
    fallbacks: "Claude 대신 직접 인용한 이유",
    latency: "응답 시간 (중앙값 · 95%)",
    topAbstained: "자주 나온, 답하지 못한 질문",
    noTexts: "질문 내용은 저장하지 않도록 설정되어 있어요 (STORE_QUESTION_TEXT=false).",
    none: "—",
    chartAlt: (days: number) => `최근 ${days}일 동안의 일별 답변 수 (Claude와 직접 인용)`,
    footer: "UTC 기준 · 이 서버의 답변만 · 저장소의 수치",
    refused: {
      permission: "이 명령어는 서버 관리 권한이 있는 멤버만 쓸 수 있어요.",
      dm: "통계는 서버에서 /통계 로 볼 수 있어요 (서버 관리 권한 필요).",
      noStore: "저장소가 설정되어 있지 않아 통계가 없어요.",
    },
  },
  en: {
    title: (days: number) => `Statistics, last ${days} days`,
    description: "The bot's answers in this server. User ids are neither stored nor shown.",
    answers: "Answers",
    byMode: "By mode",
    modes: (claude: string, fallback: string) => `Claude ${claude} · quoted ${fallback}`,
    abstained: "Not covered",
    votes: "Feedback",
    voteLine: (up: string, down: string) => `👍 ${up} · 👎 ${down}`,
    claudeShare: "Claude's share",
    fallbacks: "Why Claude was not used",
    latency: "Answer time (median · 95th pct.)",
    topAbstained: "Most asked questions the knowledge did not cover",
    noTexts: "Question texts are not kept (STORE_QUESTION_TEXT=false).",
    none: "—",
    chartAlt: (days: number) => `Answers per day over the last ${days} days (Claude and quoted)`,
    footer: "UTC days · this server's answers only · figures from the store",
    refused: {
      permission: "This command is for members with the Manage Server permission.",
      dm: "Statistics are per server: use /stats in a server (needs Manage Server).",
      noStore: "No store is configured, so there are no statistics.",
    },
  },
} as const satisfies Record<Language, unknown>;

/** Why /stats shows nothing, in the asker's language. */
export function statsRefusalMessage(
  reason: "permission" | "dm" | "noStore",
  language: Language,
): OutgoingMessage {
  return { content: text[language].refused[reason] };
}

/** The embed and the chart for a report over `days` whole UTC days ending today. */
export async function statsMessage(
  report: Report,
  days: number,
  language: Language,
): Promise<OutgoingMessage> {
  const words = text[language];
  const number = (value: number) =>
    new Intl.NumberFormat(language === "ko" ? "ko-KR" : "en-US").format(value);
  const percent = (value: number) =>
    new Intl.NumberFormat(language === "ko" ? "ko-KR" : "en-US", {
      style: "percent",
      maximumFractionDigits: 1,
    }).format(value);
  const ms = (value: number | null) => (value === null ? words.none : `${number(value)} ms`);
  const { answers, feedback } = report;

  const reasons = Object.entries(answers.fallbackReasons)
    .sort(([, a], [, b]) => b - a)
    .map(([reason, count]) => `\`${reason}\` ${number(count)}`)
    .join(" · ");
  const topAbstained = report.questionTexts
    ? report.topAbstained
        .slice(0, TOP_QUESTIONS)
        .map(
          (entry, index) =>
            `${index + 1}. ${escapeMarkdown(shorten(oneLine(entry.question), QUESTION_CHARS))} (${number(entry.count)})`,
        )
        .join("\n") || words.none
    : words.noTexts;

  const embed = fitEmbed({
    title: words.title(days),
    description: words.description,
    color: EMBED_COLOR,
    fields: [
      { name: words.answers, value: number(answers.total), inline: true },
      {
        name: words.byMode,
        value: words.modes(number(answers.byMode.claude), number(answers.byMode.fallback)),
        inline: true,
      },
      {
        name: words.abstained,
        value:
          answers.total === 0
            ? number(0)
            : `${number(answers.abstained)} (${percent(answers.abstained / answers.total)})`,
        inline: true,
      },
      {
        name: words.votes,
        value: words.voteLine(number(feedback.up), number(feedback.down)),
        inline: true,
      },
      {
        name: words.claudeShare,
        value: answers.total === 0 ? words.none : percent(answers.claudeShare),
        inline: true,
      },
      {
        name: words.latency,
        value: `${ms(answers.latencyMs.p50)} · ${ms(answers.latencyMs.p95)}`,
        inline: true,
      },
      { name: words.fallbacks, value: reasons || words.none, inline: false },
      { name: words.topAbstained, value: topAbstained, inline: false },
    ],
    image: { url: `attachment://${CHART_FILE}` },
    footer: { text: words.footer },
  });

  const until = new Date(report.until);
  // `until` is exclusive: the last day shown is the one just before it.
  const last = new Date(until.getTime() - 1).toISOString().slice(0, 10);
  const first = new Date(report.since).toISOString().slice(0, 10);
  const series = fillDays(
    report.perDay.map((day) => ({
      day: day.day,
      claude: day.byMode.claude,
      fallback: day.byMode.fallback,
    })),
    first,
    last,
  );
  const png = await statsChartPng(series, language);
  return {
    embeds: [embed],
    files: [{ name: CHART_FILE, data: png, description: words.chartAlt(days) }],
  };
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}
