import type { CrossReference } from "../contract/corpus";
import { t } from "../i18n/t";
import type { PageState } from "../protocol/messages";
import { el } from "../ui/dom";
import type { PopupActions } from "./actions";
import { openLibraryButton } from "./open-library";
import { renderActors } from "./render-actors";
import { renderAreas } from "./render-areas";
import { renderChanged } from "./render-changes";
import { renderCommitments } from "./render-commitments";
import { renderCorpus } from "./render-corpus";
import { renderCrossReference } from "./render-crossref";
import { renderFooter } from "./render-footer";
import { renderGone, type StoredCopy } from "./render-gone";
import { renderVerdict } from "./render-verdict";
import type { NotReadReason } from "./why-not-read";

/** Why the page has no session, in the words of the prompt that offers Analyse. */
const NOT_READ = {
  "no-mention": "popupNoMention",
  "site-off": "popupSiteOff",
  "not-declared": "popupNotDeclared",
} as const;

export type PopupState = "loading" | "ready" | "error" | "unsupported";

export interface PopupModel {
  page: PageState;
  xref: CrossReference;
  count: number;
}

/** body[data-state] is what tests and styles key on. */
export function setState(state: PopupState): void {
  document.body.setAttribute("data-state", state);
}

export function renderPage(root: HTMLElement, model: PopupModel, actions: PopupActions): void {
  const { page, xref, count } = model;
  const a = page.analysis;
  // The answer first, within a 600 px popup: the verdict (stored or not), Save, the summary and
  // the areas table; who and what in detail below, collapsed.
  root.replaceChildren(
    header(page.title || page.url),
    renderVerdict(a.relevance, xref),
    renderCorpus(count, xref.savedAs, actions),
    ...(xref.changed ? [renderChanged(xref.changed)] : []),
    renderCrossReference(xref, a),
    collapsed(renderActors(a.actors, actions)),
    collapsed(renderCommitments(a.commitments, a.actors, actions, new Set(xref.confirmed))),
    collapsed(renderAreas(a.areas)),
    el("p", { class: "status-line", role: "status", "data-reveal-status": "" }),
    renderFooter(page.url),
  );
}

/** A section behind its own heading: the heading becomes the summary that opens it. */
function collapsed(node: HTMLElement): HTMLElement {
  const heading = node.querySelector("h2");
  if (!heading) return node;
  const details = el("details", {}, el("summary", {}, heading));
  details.append(...[...node.childNodes]);
  node.replaceChildren(details);
  return node;
}

/** A stored address that now shows an error or no article: "no longer available", the copy kept. */
export function renderGonePage(root: HTMLElement, title: string, copy: StoredCopy): void {
  root.replaceChildren(header(title || copy.title), renderGone(copy));
}

/** A page with no article text: a verdict that says so, and nothing to list. */
export function renderNoText(root: HTMLElement, title: string): void {
  root.replaceChildren(
    header(title),
    renderVerdict({ relevant: false, score: 0, reasons: [] }, undefined, t("popupNoText")),
  );
}

export function renderMessage(root: HTMLElement, text: string): void {
  root.replaceChildren(header(), el("p", { class: "message", role: "status" }, text));
}

/** No content script on this page: offer to analyse it (activeTab + scripting, on the user's click). */
export function renderPrompt(root: HTMLElement, why: NotReadReason, onAnalyse: () => Promise<void>): void {
  const button = el("button", { type: "button", "data-action": "analyse" }, t("popupAnalyseButton"));
  button.addEventListener("click", () => {
    button.disabled = true;
    void onAnalyse();
  });
  root.replaceChildren(
    header(),
    el("p", { class: "message", "data-not-read": why }, t(NOT_READ[why])),
    button,
  );
}

/** Shown after a reveal request the page could not honour. */
export function showRevealMissed(root: HTMLElement): void {
  const status = root.querySelector("[data-reveal-status]");
  if (status) status.textContent = t("popupRevealMissed");
}

function header(title?: string): HTMLElement {
  return el(
    "header",
    {},
    el("h1", {}, t("extName")),
    openLibraryButton(),
    title ? el("p", { class: "page-title", "data-page-title": "" }, title) : null,
  );
}
