/**
 * Runs in the page: the ids of posts of tests/e2e/pages/tall-posts.html that are on screen while
 * their term is not painted (should be none). Each post names its term in data-term; its text is
 * the post's first text node, or its shadow root's. The painted ranges are those of every
 * highlight with priority 0, as in paintedMarksInPage. Shared by the Chromium e2e tests and the
 * Firefox tests; uses nothing outside its body.
 */
export function unpaintedPostsOnScreen(): string[] {
  const painted = new Set<string>();
  const nodeIds = new Map<Node, number>();
  const keyOf = (node: Node, offset: number) => {
    if (!nodeIds.has(node)) nodeIds.set(node, nodeIds.size);
    return `${nodeIds.get(node)}:${offset}`;
  };
  for (const highlight of CSS.highlights.values()) {
    if (highlight.priority !== 0) continue;
    for (const range of highlight as Iterable<AbstractRange>) painted.add(keyOf(range.startContainer, range.startOffset));
  }
  const missing: string[] = [];
  for (const post of document.querySelectorAll<HTMLElement>('[data-term]')) {
    const box = post.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= innerHeight) continue;
    const text = (post.shadowRoot ?? post).firstChild as Text;
    if (!painted.has(keyOf(text, text.data.indexOf(post.dataset.term!)))) missing.push(post.id);
  }
  return missing;
}

/**
 * Runs in the page: shows a dialog fixed at the top of the screen, inserted after post 1500 of
 * tall-posts.html, so it stands in the middle of the document order but is drawn wherever the
 * reader is. It names its term like a post, so unpaintedPostsOnScreen checks it too.
 */
export function showDialog(): void {
  const dialog = document.createElement('div');
  dialog.id = 'dialoog';
  dialog.dataset.term = 'durvalumab';
  dialog.style.cssText = 'position: fixed; top: 10px; left: 10px; background: white; padding: 4px';
  dialog.textContent = 'Let op: u krijgt durvalumab.';
  document.getElementById('post1500')!.after(dialog);
}
