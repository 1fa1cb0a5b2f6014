import type { Relevance, RelevanceEvidence } from "../contract/analysis";
import { actorName } from "../i18n/actor-names";
import { t, uiLanguage } from "../i18n/t";

// The reasons behind the verdict, worded by the UI from the analyser's evidence data, so a
// Vietnamese UI never shows the analyser's English sentences.

function word(e: RelevanceEvidence): string {
  switch (e.kind) {
    case "named":
      return t("evidenceNamed", e.vn, e.dprk);
    case "unnamedSide":
      if (e.side === "vietnam") return t("evidenceNoVietnam");
      return t("evidenceNoDprk");
    case "together":
      return t("evidenceTogether", e.count);
    case "leadTogether":
      return t("evidenceLead");
    case "relations":
      return t("evidenceRelations", e.count);
    case "commitments":
      return t("evidenceCommitments", e.count);
    case "thirdStates":
      return t(
        "evidenceThirdStates",
        e.percent,
        e.top.map((s) => `${actorName(s.id, s.name)} ${s.count}`).join(", "),
      );
    case "passing":
      return t("evidencePassing");
  }
}

/**
 * The reasons in the UI language. An analysis stored before the evidence data existed has only
 * the English sentences: they are shown in an English UI and left out of any other.
 */
export function evidenceLines(relevance: Relevance): string[] {
  if (relevance.evidence) return relevance.evidence.map(word);
  return uiLanguage() === "en" ? relevance.reasons : [];
}
