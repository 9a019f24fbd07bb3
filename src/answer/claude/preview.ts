/**
 * What of a streaming reply may be shown yet: its finished sentences, each past the number guard.
 * A sentence with a figure the documents do not hold trips the gate: nothing more is shown, and
 * the stream is not worth finishing.
 */

import type { NumberGuard } from "../shared/number-guard.ts";
import { finishedSentences, fitAnswerLength } from "./text.ts";

export interface PreviewGate {
  /** Adds streamed text; returns the preview to show now, if it grew. */
  push(delta: string): string | undefined;
  /** The unknown figures that tripped the gate, once it has tripped. */
  readonly tripped: readonly string[] | undefined;
}

export function createPreviewGate(guard: NumberGuard): PreviewGate {
  let text = "";
  let shown = "";
  let tripped: string[] | undefined;
  return {
    push(delta) {
      text += delta;
      if (tripped) return undefined;
      const preview = fitAnswerLength(finishedSentences(text));
      if (preview.length <= shown.length) return undefined;
      const unknown = guard.unknownFigures(preview);
      if (unknown.length > 0) {
        tripped = unknown;
        return undefined;
      }
      shown = preview;
      return preview;
    },
    get tripped() {
      return tripped;
    },
  };
}
