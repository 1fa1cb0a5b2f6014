import { browser } from "wxt/browser";
import { t } from "../i18n/t";
import { loadSettings, pausedOn, toggled, updateSettings } from "../settings/settings";
import { el } from "../ui/dom";

/** The page's pause switch (per host) and the way to the settings. */
export function renderFooter(url: string): HTMLElement {
  const host = hostOf(url);
  const settings = el(
    "button",
    { type: "button", class: "link", "data-open": "options" },
    t("popupSettings"),
  );
  settings.addEventListener("click", () => void browser.runtime.openOptionsPage());
  if (!host) return el("footer", {}, settings);
  const box = el("input", { type: "checkbox", id: "pause-site", "data-pause": host });
  box.disabled = true;
  void loadSettings(browser.storage.local).then((s) => {
    box.checked = pausedOn(s, host);
    box.disabled = false;
  });
  box.addEventListener("change", () => {
    void updateSettings(browser.storage.local, (s) => ({
      ...s,
      paused: toggled(s.paused, host, box.checked),
    }));
  });
  return el(
    "footer",
    {},
    el("p", { class: "pause" }, box, el("label", { for: "pause-site" }, t("popupPauseSite", host))),
    settings,
  );
}

function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) && u.hostname ? u.hostname : null;
  } catch {
    return null;
  }
}
