import type { PageRequest } from "../protocol/messages";

// Keyboard commands (manifest `commands`) that act on the page: the background hears them and
// forwards them to the active tab's content script, which moves through its highlights.

export const STEP_COMMANDS: Readonly<Record<string, 1 | -1>> = {
  "next-highlight": 1,
  "previous-highlight": -1,
};

export interface CommandDeps {
  /** The active tab of the focused window, when the browser did not say which tab. */
  activeTabId: () => Promise<number | undefined>;
  sendToTab: (tabId: number, message: PageRequest) => Promise<unknown>;
}

/** True when the command was ours and a page heard it. A tab with no content script is left alone. */
export async function forwardCommand(
  command: string,
  tabId: number | undefined,
  deps: CommandDeps,
): Promise<boolean> {
  const direction = STEP_COMMANDS[command];
  if (direction === undefined) return false;
  const id = tabId ?? (await deps.activeTabId());
  if (id === undefined) return false;
  try {
    await deps.sendToTab(id, { type: "page:step", direction });
    return true;
  } catch {
    return false;
  }
}
