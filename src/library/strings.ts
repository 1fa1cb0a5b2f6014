import { t } from "../i18n/t";

// Every string of the library page, in one place; the texts are browser.i18n messages
// (public/_locales, "lib…" keys), read when used so the page follows the UI language.

export const S = {
  get pageTitle() {
    return t("libPageTitle");
  },
  get loading() {
    return t("libLoading");
  },
  loadFailed: (why: string) => t("libLoadFailed", why),
  shown: (shown: number, total: number) =>
    shown === total ? t("libShownAll", total) : t("libShownSome", shown, total),

  get filters() {
    return t("libFilters");
  },
  get filterText() {
    return t("libFilterText");
  },
  get filterTextHint() {
    return t("libFilterTextHint");
  },
  get filterActor() {
    return t("libFilterActor");
  },
  get filterArea() {
    return t("libFilterArea");
  },
  get filterKind() {
    return t("libFilterKind");
  },
  get filterLanguage() {
    return t("libFilterLanguage");
  },
  get filterFrom() {
    return t("libFilterFrom");
  },
  get filterTo() {
    return t("libFilterTo");
  },
  get filterRelevant() {
    return t("libFilterRelevant");
  },
  get any() {
    return t("libAny");
  },
  get resetFilters() {
    return t("libResetFilters");
  },

  get articles() {
    return t("libArticles");
  },
  get colTitle() {
    return t("libColTitle");
  },
  get colOutlet() {
    return t("libColOutlet");
  },
  get colLanguage() {
    return t("libColLanguage");
  },
  get colDate() {
    return t("libColDate");
  },
  get colScore() {
    return t("libColScore");
  },
  get colActors() {
    return t("libColActors");
  },
  get colCommitments() {
    return t("libColCommitments");
  },
  get colActions() {
    return t("libColActions");
  },
  get seed() {
    return t("libSeed");
  },
  get seedHint() {
    return t("libSeedHint");
  },
  get relevant() {
    return t("libRelevant");
  },
  get notRelevant() {
    return t("libNotRelevant");
  },
  get undated() {
    return t("undated");
  },
  get read() {
    return t("libRead");
  },
  readLabel: (title: string) => t("libReadLabel", title),
  get openOriginal() {
    return t("libOpenOriginal");
  },
  openOriginalLabel: (title: string) => t("libOpenOriginalLabel", title),
  get versions() {
    return t("libVersions");
  },
  versionNewest: (day: string) => t("libVersionNewest", day),
  versionSaved: (day: string) => t("libVersionSaved", day),
  get noOriginal() {
    return t("libNoOriginal");
  },
  get remove() {
    return t("libRemove");
  },
  removeLabel: (title: string) => t("libRemoveLabel", title),
  get noMatches() {
    return t("libNoMatches");
  },

  deleted: (title: string) => t("libDeleted", title),
  get undo() {
    return t("libUndo");
  },
  undone: (title: string) => t("libUndone", title),
  get restoreSeeds() {
    return t("libRestoreSeeds");
  },
  seedsRestored: (n: number) => (n === 0 ? t("libSeedsAllHere") : t("libSeedsRestored", n)),

  get timeline() {
    return t("libTimeline");
  },
  get timelineDesc() {
    return t("libTimelineDesc");
  },
  get timelineEmpty() {
    return t("libTimelineEmpty");
  },
  timelineUndated: (n: number) => t("libTimelineUndated", n),
  timelinePoint: (title: string, date: string, relevant: boolean) =>
    relevant ? t("libTimelinePointRelevant", title, date) : t("libTimelinePoint", title, date),

  get matrix() {
    return t("libMatrix");
  },
  get matrixDesc() {
    return t("libMatrixDesc");
  },
  get matrixEmpty() {
    return t("libMatrixEmpty");
  },
  matrixCell: (area: string, kind: string, title: string) => t("libMatrixCell", area, kind, title),
  get legend() {
    return t("libLegend");
  },

  get reader() {
    return t("libReader");
  },
  get close() {
    return t("libClose");
  },
  get readerMissing() {
    return t("libReaderMissing");
  },

  get transfer() {
    return t("libTransfer");
  },
  get exportJson() {
    return t("libExportJson");
  },
  get exportAnnotations() {
    return t("libExportAnnotations");
  },
  get exportCsv() {
    return t("libExportCsv");
  },
  exportReady: (name: string) => t("libExportReady", name),
  get downloadAgain() {
    return t("libDownloadAgain");
  },
  get importJson() {
    return t("libImportJson");
  },
  get importReading() {
    return t("libImportReading");
  },
  importChecking: (n: number) => t("libImportChecking", n),
  importWriting: (n: number) => t("libImportWriting", n),
  importDone: (r: { added: number; updated: number; kept: number; count: number }) =>
    r.kept
      ? t("libImportDoneKept", r.added, r.updated, r.kept, r.count)
      : t("libImportDone", r.added, r.updated, r.count),
  importRefused: (why: string) => t("libImportRefused", why),
  get progress() {
    return t("libProgress");
  },
  error: (why: string) => t("popupError", why),

  loadingSome: (read: number, total: number) => t("libLoadingSome", read, total),
  moreRows: (n: number) => t("libMoreRows", n),
  rowsShown: (n: number, total: number) => t("libRowsShown", n, total),
  chartTooMany: (max: number, shown: number) => t("libChartTooMany", max, shown),
  get damaged() {
    return t("libDamaged");
  },
  get damagedDesc() {
    return t("libDamagedDesc");
  },
  damagedRow: (id: string, reason: string) => t("libDamagedRow", id, reason),
  get deleteDamaged() {
    return t("libDeleteDamaged");
  },
  get exportDamaged() {
    return t("libExportDamaged");
  },
  damagedDeleted: (id: string) => t("libDamagedDeleted", id),
  get cancel() {
    return t("libCancel");
  },
  importCheckingBytes: (percent: number) => t("libImportCheckingBytes", percent),
  importWritingSome: (done: number, total: number) => t("libImportWritingSome", done, total),
  get importCancelled() {
    return t("libImportCancelled");
  },
  importCancelledPart: (done: number, total: number) => t("libImportCancelledPart", done, total),
  importFailedPart: (done: number, total: number, why: string) => t("libImportFailedPart", done, total, why),
  exporting: (done: number, total: number) => t("libExporting", done, total),
  get exportCancelled() {
    return t("libExportCancelled");
  },
  get storageBlocked() {
    return t("errStorageBlocked");
  },
  get storageClosed() {
    return t("errStorageClosed");
  },
};
