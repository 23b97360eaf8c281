import type { LoafRecord, ProbeSnapshot } from './page-api';

/** Long animation frames and long tasks (50 ms or more) seen in one time window of one page. */
export interface FrameStats {
  /** Long animation frames that overlap the window. */
  count: number;
  longestFrameMs: number;
  /** Rendering part (style, layout, highlight markers, paint) of the longest frame. */
  longestFrameRenderMs: number;
  /** Longest 'longtask' entry overlapping the window. */
  longestTaskMs: number;
  /** Sum of blockingDuration: time the page could not answer input within 50 ms. */
  totalBlockingMs: number;
  /** Largest script time in one frame from chrome-extension:// sources (0 if none were attributed). */
  longestExtensionScriptMs: number;
  /** Script sources seen in long frames, with their largest duration. */
  scriptSources: Record<string, number>;
}

function overlaps(start: number, duration: number, from: number, to: number): boolean {
  return start < to && start + duration > from;
}

function sourceOf(url: string): string {
  if (url === '') return '(no source URL)';
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'chrome-extension:' ? `chrome-extension:${parsed.pathname}` : `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url;
  }
}

export function frameStats(snapshot: ProbeSnapshot, from: number, to: number): FrameStats {
  const frames = snapshot.loaf.filter((frame) => overlaps(frame.start, frame.duration, from, to));
  const tasks = snapshot.longTasks.filter((task) => overlaps(task.start, task.duration, from, to));
  let longest: LoafRecord | undefined;
  let longestExtensionScriptMs = 0;
  const scriptSources: Record<string, number> = {};
  for (const frame of frames) {
    if (!longest || frame.duration > longest.duration) longest = frame;
    let extension = 0;
    for (const script of frame.scripts) {
      const source = sourceOf(script.sourceURL);
      scriptSources[source] = Math.max(scriptSources[source] ?? 0, script.duration);
      if (script.sourceURL.startsWith('chrome-extension://')) extension += script.duration;
    }
    longestExtensionScriptMs = Math.max(longestExtensionScriptMs, extension);
  }
  return {
    count: frames.length,
    longestFrameMs: longest?.duration ?? 0,
    longestFrameRenderMs: longest?.renderDuration ?? 0,
    longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
    totalBlockingMs: frames.reduce((total, frame) => total + frame.blockingDuration, 0),
    longestExtensionScriptMs,
    scriptSources,
  };
}
