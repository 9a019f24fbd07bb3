/**
 * /about as one embed: how this process answers (mode, model, knowledge version), how long it has
 * run, and what it has answered (Claude's share, cache hits). With sharding every shard process
 * keeps its own counters, so the footer says which shards the figures are for.
 */
import type { AnswerStatsSnapshot } from "../answer/stats.ts";
import type { AnswerMode } from "../answer/types.ts";
import type { Language } from "../knowledge/schema.ts";
import type { OutgoingMessage } from "./discord-outgoing.ts";
import { fitEmbed } from "./embed-limits.ts";

const EMBED_COLOR = 0x60a5fa;

export interface AboutFacts {
  readonly botName: string;
  /** What the knowledge folder is about, in both languages. */
  readonly topic: Readonly<Record<Language, string>>;
  readonly answerMode: AnswerMode;
  /** The Claude model, when the mode is "claude". */
  readonly model: string | undefined;
  /** A hash of the knowledge folder: tells which article and fact sheet a process serves. */
  readonly knowledgeVersion: string;
  readonly uptimeSeconds: number;
  readonly stats: AnswerStatsSnapshot;
  /** Claude calls running and waiting now, and the most at once (Claude mode only). */
  readonly claudeCalls?: {
    readonly active: number;
    readonly waiting: number;
    readonly peak: number;
  };
  readonly shards: {
    /** The shard this command came through (the guild's; 0 for DMs). */
    readonly current: number;
    /** The shards this process runs. */
    readonly inProcess: readonly number[];
    /** Shards of the whole bot, over every process and host. */
    readonly total: number;
  };
}

const text = {
  ko: {
    title: (name: string) => `${name} 정보`,
    description: (topic: string) => `${topic}에 관한 질문에 기사와 팩트시트를 근거로 답해요.`,
    mode: "답변 방식",
    claudeMode: "Claude",
    fallbackMode: "기사 직접 인용 (AI 미사용)",
    model: "모델",
    noModel: "없음",
    knowledge: "지식 버전",
    uptime: "가동 시간",
    questions: "답변한 질문",
    claudeShare: "Claude 답변 비율",
    limited: "한도로 인한 직접 인용",
    cacheHits: "캐시 적중 토큰",
    ofInput: (share: string) => `입력의 ${share}`,
    claudeCalls: "Claude 호출",
    calls: (active: number, waiting: number, peak: number) =>
      `실행 ${active} · 대기 ${waiting} · 최대 ${peak}`,
    footer: (current: number, inProcess: string, total: number) =>
      `샤드 ${current} / 전체 ${total} · 이 프로세스(샤드 ${inProcess})의 시작 이후 수치`,
    duration: { day: "일", hour: "시간", minute: "분", second: "초", join: " " },
    none: "—",
  },
  en: {
    title: (name: string) => `About ${name}`,
    description: (topic: string) =>
      `Answers questions about ${topic}, grounded on the article and the fact sheet.`,
    mode: "Answer mode",
    claudeMode: "Claude",
    fallbackMode: "quoted from the article (no AI)",
    model: "Model",
    noModel: "none",
    knowledge: "Knowledge version",
    uptime: "Uptime",
    questions: "Questions answered",
    claudeShare: "Answered by Claude",
    limited: "Quoted because of a limit",
    cacheHits: "Cache-hit tokens",
    ofInput: (share: string) => `${share} of input`,
    claudeCalls: "Claude calls",
    calls: (active: number, waiting: number, peak: number) =>
      `${active} running · ${waiting} waiting · ${peak} at most`,
    footer: (current: number, inProcess: string, total: number) =>
      `Shard ${current} of ${total} · figures of this process (shards ${inProcess}) since it started`,
    duration: { day: " d", hour: " h", minute: " min", second: " s", join: " " },
    none: "—",
  },
} as const satisfies Record<Language, unknown>;

export function aboutMessage(facts: AboutFacts, language: Language): OutgoingMessage {
  const words = text[language];
  const { stats } = facts;
  const number = (value: number) => formatNumber(value, language);
  const claude = facts.answerMode === "claude";
  const inputTokens =
    stats.inputTokens + stats.cacheReadInputTokens + stats.cacheCreationInputTokens;
  const fields: { name: string; value: string; inline: boolean }[] = [
    { name: words.mode, value: claude ? words.claudeMode : words.fallbackMode, inline: true },
    { name: words.model, value: facts.model ?? words.noModel, inline: true },
    { name: words.knowledge, value: `\`${facts.knowledgeVersion}\``, inline: true },
    { name: words.uptime, value: formatDuration(facts.uptimeSeconds, language), inline: true },
    { name: words.questions, value: number(stats.questions), inline: true },
    {
      name: words.claudeShare,
      value:
        stats.questions === 0
          ? words.none
          : `${percent(stats.claudeAnswers, stats.questions, language)} (${number(stats.claudeAnswers)})`,
      inline: true,
    },
    { name: words.limited, value: number(stats.limited), inline: true },
    {
      name: words.cacheHits,
      value:
        inputTokens === 0
          ? number(stats.cacheReadInputTokens)
          : `${number(stats.cacheReadInputTokens)} (${words.ofInput(percent(stats.cacheReadInputTokens, inputTokens, language))})`,
      inline: true,
    },
  ];
  if (claude && facts.claudeCalls) {
    const { active, waiting, peak } = facts.claudeCalls;
    fields.push({
      name: words.claudeCalls,
      value: words.calls(active, waiting, peak),
      inline: true,
    });
  }
  const { current, inProcess, total } = facts.shards;
  const embed = fitEmbed({
    title: words.title(facts.botName),
    description: words.description(facts.topic[language]),
    color: EMBED_COLOR,
    fields,
    footer: { text: words.footer(current, inProcess.join(", "), total) },
  });
  return { embeds: [embed] };
}

/** "2 h 5 min", "3 d 4 h", "42 s"; the two largest units are enough for an uptime. */
export function formatDuration(seconds: number, language: Language): string {
  const units = text[language].duration;
  const whole = Math.max(0, Math.floor(seconds));
  const parts: [number, string][] = [
    [Math.floor(whole / 86_400), units.day],
    [Math.floor((whole % 86_400) / 3_600), units.hour],
    [Math.floor((whole % 3_600) / 60), units.minute],
    [whole % 60, units.second],
  ];
  const first = parts.findIndex(([value]) => value > 0);
  if (first === -1) return `0${units.second}`;
  return parts
    .slice(first, first + 2)
    .filter(([value]) => value > 0)
    .map(([value, unit]) => `${value}${unit}`)
    .join(units.join);
}

function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language === "ko" ? "ko-KR" : "en-US").format(value);
}

function percent(part: number, whole: number, language: Language): string {
  return new Intl.NumberFormat(language === "ko" ? "ko-KR" : "en-US", {
    style: "percent",
    maximumFractionDigits: 1,
  }).format(whole === 0 ? 0 : part / whole);
}
