export { ANALYSER_VERSION } from "./analyser-version";
export { findCandidates } from "./candidates";
export { crossReference } from "./cross-reference";
export { type CorpusDB, DB_NAME, openCorpus } from "./db";
export { seedCorpus } from "./seed";
export * from "./store";
export * from "./types";
export { normaliseUrl } from "./url";
