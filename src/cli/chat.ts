/** npm run chat: the terminal conversation. */
import { terminalStyle } from "../render/terminal.ts";
import { createRuntime, runMain } from "../runtime.ts";
import { runChat } from "./chat-session.ts";

await runMain(async () => {
  const runtime = createRuntime({ logLevel: "warn" });
  await runChat(runtime, {
    input: process.stdin,
    output: process.stdout,
    style: terminalStyle(process.stdout, runtime.config.color),
    terminal: Boolean(process.stdin.isTTY),
  });
});
