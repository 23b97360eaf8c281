/**
 * The site the reader sees: the top page's host, also inside frames, so "off for this site"
 * covers the frames of that page. Falls back to the frame's own host where the top is unknown.
 */
export function currentSite(location: Location): string {
  const ancestors = location.ancestorOrigins;
  const topOrigin = ancestors && ancestors.length > 0 ? ancestors[ancestors.length - 1] : undefined;
  if (topOrigin) {
    try {
      return new URL(topOrigin).hostname;
    } catch {
      // An opaque origin ("null"): use the frame's own host.
    }
  }
  return location.hostname;
}
