import { browser } from "wxt/browser";
import { t, uiLanguage } from "../i18n/t";
import { el, section } from "../ui/dom";
import { highlightsSection } from "./highlights-section";
import { otherSitesSection, outletsSection, pausedSection } from "./sites-section";
import { createStore } from "./store";

// The options page: highlights (which, which colours), outlets, other sites, paused sites and
// the keyboard shortcuts. Every control is a labelled native control, in reading order.

export async function runOptions(root: HTMLElement): Promise<void> {
  document.documentElement.lang = uiLanguage();
  document.title = t("optionsTitle");
  const status = el("p", { class: "status-line", role: "status", "data-status": "" });
  const store = createStore((ok, error) => {
    status.textContent = ok ? t("optionsSaved") : t("popupError", String(error));
  });
  const settings = await store.load();
  root.replaceChildren(
    el("h1", {}, t("optionsTitle")),
    highlightsSection(settings, store),
    outletsSection(settings, store),
    otherSitesSection(settings, store),
    pausedSection(settings, store),
    await shortcutsSection(),
    status,
  );
  document.body.setAttribute("data-state", "ready");
}

async function shortcutsSection(): Promise<HTMLElement> {
  const keys = new Map<string, string>();
  try {
    for (const c of await browser.commands.getAll()) if (c.name) keys.set(c.name, c.shortcut ?? "");
  } catch {
    // No commands API (a test page): the section still says where to change them.
  }
  const key = (name: string) => keys.get(name) || t("optionsNoShortcut");
  return section(
    "shortcuts",
    t("optionsShortcuts"),
    el(
      "p",
      { class: "help" },
      t("optionsShortcutsHelp", key("next-highlight"), key("previous-highlight"), key("_execute_action")),
    ),
  );
}
