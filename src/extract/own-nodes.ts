// The few nodes we add to a page (the highlight style, the hover card's host) carry no attribute
// or id naming us: a page could copy such a marker onto its own article to hide its text from us,
// or look for it to learn that DiploMark runs. We know our nodes by reference instead.

const ours = new WeakSet<Node>();

export function markOwn(node: Node): void {
  ours.add(node);
}

export function isOwn(node: Node): boolean {
  return ours.has(node);
}
