// Bump whenever src/analysis changes what it finds: stored seeds whose analysis carries an
// older number are re-analysed on the next start, so shipped analyses never go stale.
export const ANALYSER_VERSION = 1;
