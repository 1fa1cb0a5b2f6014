type Child = Node | string | number | null | undefined | false;

/**
 * Builds an element from a tag, attributes and children. Strings become text nodes: page text
 * is data and never goes through an HTML parser here.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A heading and its content, labelled by the heading for assistive technology. */
export function section(name: string, heading: string, ...children: Child[]): HTMLElement {
  const id = `section-${name}`;
  return el(
    "section",
    { "data-section": name, "aria-labelledby": id },
    el("h2", { id }, heading),
    ...children,
  );
}
