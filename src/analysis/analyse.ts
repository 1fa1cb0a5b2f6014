import {
  ANALYSIS_SCHEMA,
  type AnalyseOptions,
  type Analysis,
  type AreaId,
  isBackground,
} from "../contract/analysis";
import { findActors } from "./actors";
import { findCommitments } from "./commitments";
import { findDates, findPublished } from "./dates";
import { detectLanguage } from "./language";
import { judgeRelevance } from "./relevance";
import { scan } from "./scan";
import { tokenize } from "./tokens";

/** The one analyser: a string in, an Analysis out. No DOM, no browser API, no I/O. */
export function analyse(text: string, opts: AnalyseOptions = {}): Analysis {
  const published = opts.published ?? findPublished(text);
  const tokens = tokenize(text);
  const language = opts.language ?? detectLanguage(text, tokens);
  const sc = scan(text, language, tokens);
  const { actors, mentions } = findActors(sc);
  const commitments = findCommitments(sc, mentions, new Map(actors.map((a) => [a.id, a])));
  const areas: AreaId[] = [];
  // Recalled and denied commitments are background: what this event covers is the rest.
  for (const c of commitments)
    if (!isBackground(c)) for (const a of c.areas) if (!areas.includes(a)) areas.push(a);
  return {
    schema: ANALYSIS_SCHEMA,
    language,
    relevance: judgeRelevance(sc, actors, mentions, commitments),
    actors,
    commitments,
    areas,
    dates: findDates(text, { language, ...(published ? { published } : {}) }),
    ...(published ? { published } : {}),
  };
}
