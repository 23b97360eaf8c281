import type { LoafRecord, ProbeSnapshot } from './page-api';

/** Long animation frames and long tasks (50 ms or more) that start in one time window of one page. */
export interface FrameStats {
  count: number;
  longestFrameMs: number;
  /** Rendering part (style, layout, highlight markers, paint) of the longest frame. */
  longestFrameRenderMs: number;
  /** End of the longest frame (ms since the time origin), 0 without long frames. */
  longestFrameEnd: number;
  /** Sum of the rendering parts of all long frames. */
  totalRenderMs: number;
  /** Longest 'longtask' entry. */
  longestTaskMs: number;
  /** Sum of blockingDuration: time the page could not answer input within 50 ms. */
  totalBlockingMs: number;
  /** Largest script time in one frame from chrome-extension:// sources (0 if none were attributed). */
  longestExtensionScriptMs: number;
  /** Script sources seen in long frames, with their largest duration. */
  scriptSources: Record<string, number>;
}

function sourceOf(script: LoafRecord['scripts'][number]): string {
  if (script.sourceURL === '') return `(no source URL: ${script.invokerType} ${script.invoker})`;
  try {
    const parsed = new URL(script.sourceURL);
    return parsed.protocol === 'chrome-extension:' ? `chrome-extension:${parsed.pathname}` : `${parsed.origin}${parsed.pathname}`;
  } catch {
    return script.sourceURL;
  }
}

/** Frames and tasks whose start lies in [from, to): each frame counts in one window only. */
export function frameStats(snapshot: ProbeSnapshot, from: number, to: number): FrameStats {
  const frames = snapshot.loaf.filter((frame) => frame.start >= from && frame.start < to);
  const tasks = snapshot.longTasks.filter((task) => task.start >= from && task.start < to);
  let longest: LoafRecord | undefined;
  let longestExtensionScriptMs = 0;
  const scriptSources: Record<string, number> = {};
  for (const frame of frames) {
    if (!longest || frame.duration > longest.duration) longest = frame;
    let extension = 0;
    for (const script of frame.scripts) {
      const source = sourceOf(script);
      scriptSources[source] = Math.max(scriptSources[source] ?? 0, script.duration);
      if (script.sourceURL.startsWith('chrome-extension://')) extension += script.duration;
    }
    longestExtensionScriptMs = Math.max(longestExtensionScriptMs, extension);
  }
  return {
    count: frames.length,
    longestFrameMs: longest?.duration ?? 0,
    longestFrameRenderMs: longest?.renderDuration ?? 0,
    longestFrameEnd: longest ? longest.start + longest.duration : 0,
    totalRenderMs: frames.reduce((total, frame) => total + frame.renderDuration, 0),
    longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
    totalBlockingMs: frames.reduce((total, frame) => total + frame.blockingDuration, 0),
    longestExtensionScriptMs,
    scriptSources,
  };
}
