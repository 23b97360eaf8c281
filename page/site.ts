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

/** A frame inside a page of the same origin: its marks count as the page's (popup "Op deze pagina"). */
export function isSameOriginChildFrame(window: Window): boolean {
  if (window === window.top) return false;
  try {
    return window.top?.location.origin === window.location.origin;
  } catch {
    return false; // A cross-origin top: reading its location is not allowed.
  }
}
