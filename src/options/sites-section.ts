import { browser } from "wxt/browser";
import { t } from "../i18n/t";
import { OUTLETS } from "../settings/outlets";
import { normaliseHost, type Settings, sitePatterns, toggled } from "../settings/settings";
import { errorText } from "../support/error-text";
import { el, section } from "../ui/dom";
import type { SettingsStore } from "./store";

/** The built-in outlets, each a switch (on by default). */
export function outletsSection(settings: Settings, store: SettingsStore): HTMLElement {
  return section(
    "outlets",
    t("optionsOutlets"),
    el("p", { class: "help" }, t("optionsOutletsHelp")),
    el(
      "ul",
      { class: "outlets" },
      ...OUTLETS.map((o) => {
        const id = `outlet-${o.host}`;
        const box = el("input", { type: "checkbox", id, "data-outlet": o.host });
        box.checked = !settings.outletsOff.includes(o.host);
        box.addEventListener("change", () =>
          store.update((s) => ({ ...s, outletsOff: toggled(s.outletsOff, o.host, !box.checked) })),
        );
        return el(
          "li",
          {},
          box,
          el("label", { for: id }, o.name, " ", el("span", { class: "host" }, o.host)),
        );
      }),
    ),
  );
}

interface HostListOptions {
  name: string;
  heading: string;
  help: string;
  inputLabel: string;
  submitLabel: string;
  empty: string;
  removeLabel: (host: string) => string;
  hosts: (s: Settings) => string[];
  /** Runs inside the submit event (a user gesture: permission prompts must start here). */
  add: (host: string) => Promise<string | null>;
  remove: (host: string) => Promise<void>;
}

/** A form that adds a host and a list of hosts, each with a button that takes it away. */
function hostList(settings: Settings, o: HostListOptions): HTMLElement {
  const inputId = `${o.name}-input`;
  const input = el("input", {
    type: "text",
    id: inputId,
    inputmode: "url",
    autocomplete: "off",
    spellcheck: "false",
  });
  const message = el("p", { class: "form-message", role: "status", "data-message": o.name });
  const list = el("ul", { class: "host-list", "data-hosts": o.name });
  const render = (hosts: readonly string[]) => {
    if (hosts.length === 0) return list.replaceChildren(el("li", { class: "empty" }, o.empty));
    list.replaceChildren(
      ...hosts.map((host) => {
        const button = el("button", { type: "button", "data-remove": host }, o.removeLabel(host));
        button.addEventListener("click", async () => {
          await o.remove(host);
          current = current.filter((h) => h !== host);
          render(current);
          input.focus();
        });
        return el("li", { "data-host": host }, el("span", { class: "host" }, host), button);
      }),
    );
  };
  let current = o.hosts(settings);
  render(current);
  const form = el(
    "form",
    { class: "host-form", "data-form": o.name },
    el("label", { for: inputId }, o.inputLabel),
    input,
    el("button", { type: "submit" }, o.submitLabel),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const host = normaliseHost(input.value);
    if (!host) {
      message.textContent = t("optionsBadHost");
      input.setAttribute("aria-invalid", "true");
      return;
    }
    input.removeAttribute("aria-invalid");
    void o.add(host).then(
      (text) => {
        message.textContent = text ?? "";
        if (!current.includes(host)) current = [...current, host];
        render(current);
        input.value = "";
      },
      (err: unknown) => {
        message.textContent = errorText(err);
      },
    );
  });
  return section(o.name, o.heading, el("p", { class: "help" }, o.help), form, message, list);
}

/** Other sites: each needs its optional host permission, asked for on the user's submit. */
export function otherSitesSection(settings: Settings, store: SettingsStore): HTMLElement {
  return hostList(settings, {
    name: "sites",
    heading: t("optionsOtherSites"),
    help: t("optionsOtherSitesHelp"),
    inputLabel: t("optionsSiteLabel"),
    submitLabel: t("optionsAddSite"),
    empty: t("optionsNoSites"),
    removeLabel: (h) => t("optionsRemoveSite", h),
    hosts: (s) => s.sites,
    async add(host) {
      // Called before any await: the browser only prompts inside the user's gesture.
      const granted = await browser.permissions.request({ origins: sitePatterns(host) });
      if (!granted) throw new Error(t("optionsDenied", host));
      await store.update((s) => ({ ...s, sites: toggled(s.sites, host, true) }));
      return t("optionsSiteOn", host);
    },
    async remove(host) {
      await store.update((s) => ({ ...s, sites: toggled(s.sites, host, false) }));
      await browser.permissions.remove({ origins: sitePatterns(host) }).catch(() => false);
    },
  });
}

export function pausedSection(settings: Settings, store: SettingsStore): HTMLElement {
  return hostList(settings, {
    name: "paused",
    heading: t("optionsPaused"),
    help: t("optionsPausedHelp"),
    inputLabel: t("optionsPauseLabel"),
    submitLabel: t("optionsPause"),
    empty: t("optionsNoPaused"),
    removeLabel: (h) => t("optionsResume", h),
    hosts: (s) => s.paused,
    async add(host) {
      await store.update((s) => ({ ...s, paused: toggled(s.paused, host, true) }));
      return null;
    },
    async remove(host) {
      await store.update((s) => ({ ...s, paused: toggled(s.paused, host, false) }));
    },
  });
}
