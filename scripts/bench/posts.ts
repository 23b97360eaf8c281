import { largePageHtml } from '../../tests/e2e/server/large-page';

/** About 1.4 KB of HTML per post: a page this size holds well over 1,000 posts. */
const SOURCE_PAGE_KB = 2000;

/**
 * `count` forum posts as infinite scroll would add them, in batches of `batchSize` HTML strings:
 * the posts of the generated large page (same markup and term density), with their ids renamed
 * so they do not repeat the page's own.
 */
export function postBatches(count: number, batchSize: number): string[] {
  const html = largePageHtml(SOURCE_PAGE_KB);
  const posts = [...html.matchAll(/<article class="post" id="post-(\d+)">[\s\S]*?<\/article>/g)].map((match) =>
    match[0].replace(`id="post-${match[1]}"`, `id="extra-post-${match[1]}"`),
  );
  if (posts.length < count) throw new Error(`only ${posts.length} posts in a ${SOURCE_PAGE_KB} KB page, need ${count}`);
  const batches: string[] = [];
  for (let start = 0; start < count; start += batchSize) batches.push(posts.slice(start, start + batchSize).join('\n'));
  return batches;
}
