/**
 * Reads Prometheus text as a scraper would: every line is checked against the exposition format
 * (a strict line check), then parsed with parse-prometheus-text-format.
 */
import parsePrometheusTextFormat, { type ParsedFamily } from "parse-prometheus-text-format";

const NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
const LABEL = `[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\[\\\\"n])*"`;
// prom-client writes "Nan" for a gauge with no sample yet (the event-loop lag right after start);
// Prometheus reads it as NaN, as any float parser does.
const VALUE = "(?:[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?|[-+]?Inf|NaN|Nan)";
const SAMPLE = new RegExp(`^${NAME}(?:\\{(?:${LABEL}(?:,${LABEL})*,?)?\\})? ${VALUE}(?: -?\\d+)?$`);
const HELP = new RegExp(`^# HELP ${NAME} .*$`);
const TYPE = new RegExp(`^# TYPE ${NAME} (?:counter|gauge|histogram|summary|untyped)$`);

/** Throws on the first line that is not Prometheus text; returns the metric families. */
export function parsePrometheus(text: string): Map<string, ParsedFamily> {
  const lines = text.split("\n");
  if (lines.at(-1) !== "") throw new Error("Prometheus text must end with a newline");
  for (const [index, line] of lines.slice(0, -1).entries()) {
    if (line === "" || HELP.test(line) || TYPE.test(line) || SAMPLE.test(line)) continue;
    throw new Error(`line ${index + 1} is not Prometheus text: ${line}`);
  }
  return new Map(parsePrometheusTextFormat(text).map((family) => [family.name, family]));
}

/** The sum of a family's sample values whose labels include `labels`. */
export function sampleSum(
  families: Map<string, ParsedFamily>,
  name: string,
  labels: Record<string, string> = {},
): number {
  const family = families.get(name);
  if (!family) throw new Error(`no metric ${name}`);
  return family.metrics
    .filter((sample) =>
      Object.entries(labels).every(([key, value]) => sample.labels?.[key] === value),
    )
    .reduce((sum, sample) => sum + Number(sample.value ?? sample.count ?? 0), 0);
}
