import { ANALYSIS_SCHEMA, type AnalyseOptions, type Analysis } from "./types";

// Placeholder while the analyser is written; replaced in the same issue.
export function analyse(_text: string, opts: AnalyseOptions = {}): Analysis {
  return {
    schema: ANALYSIS_SCHEMA,
    language: opts.language ?? "und",
    relevance: { relevant: false, score: 0, reasons: [] },
    actors: [],
    commitments: [],
    areas: [],
    dates: [],
  };
}
