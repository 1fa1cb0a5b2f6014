import { Window } from "happy-dom";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { analyse } from "../../../src/analysis";
import { actorTrack } from "../../../src/corpus/actor-track";
import { groupStories, storyKey } from "../../../src/corpus/stories";
import { renderActorPage } from "../../../src/library/render-actor";
import { renderStories } from "../../../src/library/render-stories";
import { storedSeeds } from "../helpers/corpus";

const win = new Window({ url: "chrome-extension://test-extension-id/library.html" });
beforeAll(() => vi.stubGlobal("document", win.document));
afterAll(() => {
  vi.unstubAllGlobals();
  void win.happyDOM.close();
});

const seeds = storedSeeds();

describe("the actor page", () => {
  it("lists both seeds for Tô Lâm in date order, with his roles, and opens what is clicked", () => {
    const read = vi.fn();
    const openActor = vi.fn();
    const page = renderActorPage(actorTrack("to-lam", [seeds[1]!, seeds[0]!])!, {
      read,
      openActor,
      back: vi.fn(),
    });
    expect(page.getAttribute("data-actor-page")).toBe("to-lam");
    expect(page.querySelector("h1")?.textContent).toBe("Tô Lâm");
    const rows = [...page.querySelectorAll("[data-appearance]")];
    expect(rows.map((r) => [r.getAttribute("data-appearance"), r.getAttribute("data-published")])).toEqual([
      ["seed-000_600e93926c99760f", "2025-10-08"],
      ["seed-002_e8120e5def90eb2b", "2025-10-11"],
    ]);
    expect([...page.querySelectorAll("[data-role]")].map((r) => r.getAttribute("data-role"))).toContain(
      "General Secretary",
    );
    (rows[1]!.querySelector('[data-action="read"]') as HTMLElement).click();
    expect(read).toHaveBeenCalledWith("seed-002_e8120e5def90eb2b");
    (page.querySelector('[data-actor-link="kim-jong-un"]') as HTMLElement).click();
    expect(openActor).toHaveBeenCalledWith("kim-jong-un");
  });

  it("shows page text as text", () => {
    const hostile = { ...seeds[0]!, title: `<img src=x onerror="window.__pwned=1">` };
    const page = renderActorPage(actorTrack("to-lam", [hostile])!, {
      read: vi.fn(),
      openActor: vi.fn(),
      back: vi.fn(),
    });
    expect(page.querySelector("img")).toBeNull();
    expect(page.textContent).toContain(`<img src=x onerror="window.__pwned=1">`);
  });
});

describe("the stories view", () => {
  const text = (vi_: boolean) =>
    vi_
      ? "Chiều 10/10, tại Bình Nhưỡng, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư Kim Jong Un. Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ cùng dự."
      : "On October 10 in Pyongyang, General Secretary Tô Lâm held talks with General Secretary Kim Jong Un. Deputy Foreign Minister Nguyễn Minh Vũ attended.";
  const report = (id: string, outlet: string, language: "vi" | "en") => ({
    id,
    outlet,
    language,
    published: "2025-10-10",
    analysis: analyse(text(language === "vi")),
  });
  const a = report("a", "baotintuc.vn", "vi");
  const b = report("b", "en.vietnamplus.vn", "en");

  it("shows one story with its reports per outlet and language", () => {
    const read = vi.fn();
    const view = renderStories(
      groupStories([storyKey(a), storyKey(b)]),
      new Map([
        ["a", "Hội đàm"],
        ["b", "Talks"],
      ]),
      read,
    );
    const stories = view.querySelectorAll("[data-story]");
    expect(stories).toHaveLength(1);
    expect(
      [...stories[0]!.querySelectorAll("[data-story-article]")].map((e) => [
        e.getAttribute("data-outlet"),
        e.getAttribute("lang"),
      ]),
    ).toEqual([
      ["baotintuc.vn", "vi"],
      ["en.vietnamplus.vn", "en"],
    ]);
    (stories[0]!.querySelector('[data-action="read"]') as HTMLElement).click();
    expect(read).toHaveBeenCalledWith("a");
  });

  it("says so when no event has two reports", () => {
    expect(renderStories([], new Map(), vi.fn()).querySelector("[data-story]")).toBeNull();
  });
});
