/** .env files as editors save them: a UTF-8 byte-order mark and CRLF line ends lose nothing. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig, readEnvFile } from "../src/config.ts";

const dir = mkdtempSync(path.join(tmpdir(), "deal-bot-env-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function envFile(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text, "utf8");
  return file;
}

describe("readEnvFile", () => {
  it("reads the first variable of a file saved with a byte-order mark and CRLF", () => {
    const file = envFile(
      "bom-crlf.env",
      '\uFEFFDISCORD_TOKEN=abc.def\r\nLOG_LEVEL=warn\r\nANTHROPIC_MODEL="claude-haiku-5-5"\r\n# a comment\r\nMAX_QUESTION_LENGTH=300\r\n',
    );
    const variables = readEnvFile(file);
    expect(variables).toEqual({
      DISCORD_TOKEN: "abc.def",
      LOG_LEVEL: "warn",
      ANTHROPIC_MODEL: "claude-haiku-5-5",
      MAX_QUESTION_LENGTH: "300",
    });
    const config = loadConfig(variables);
    expect(config.discord.token).toBe("abc.def");
    expect(config.logLevel).toBe("warn");
    expect(config.maxQuestionLength).toBe(300);
  });

  it("reads a file with old Mac line ends (CR only) and one with plain LF alike", () => {
    const cr = readEnvFile(envFile("cr.env", "A=1\rB=two\r"));
    const lf = readEnvFile(envFile("lf.env", "A=1\nB=two\n"));
    expect(cr).toEqual({ A: "1", B: "two" });
    expect(lf).toEqual(cr);
  });

  it("names the file, not its content, when it cannot be read", () => {
    expect(() => readEnvFile(path.join(dir, "missing.env"))).toThrow(ConfigError);
    expect(() => readEnvFile(path.join(dir, "missing.env"))).toThrow(/\.env: could not be read/);
  });
});
