import type { PlainScan } from './scan-plain';
import type { EndToEndRun, ScanSize } from './results';
import { median } from './stats';

/**
 * Section 1 per size: medians of (a) floor, (b) CPU work and end to end, (c) mark.js, and the
 * ratios between them. mark.js at a size where it did not run is scaled linearly by text length
 * from the largest size where it did (mark.js walks every text node once per name, so its time
 * grows at least linearly with the text).
 */
export function summariseScans(plain: readonly PlainScan[], endToEnd: ReadonlyMap<number, EndToEndRun[]>): ScanSize[] {
  const measuredMarkJs = plain.filter((scan) => scan.markJs.length > 0);
  const markJsBase = measuredMarkJs.at(-1);
  return plain.map((scan) => {
    const runs = endToEnd.get(scan.kb) ?? [];
    const textChars = scan.floor[0]?.chars ?? 0;
    const floorMs = median(scan.floor.map((floor) => floor.ms));
    const cpuMs = median(scan.cpu.map((cpu) => cpu.indexMs + cpu.fullMs));
    const endToEndMs = median(runs.map((run) => run.fromLoadMs));
    let markJsMs = median(scan.markJs.map((result) => result.ms));
    let markJsMarks = median(scan.markJs.map((result) => result.marks));
    let markJsExtrapolatedFromKb: number | undefined;
    if (scan.markJs.length === 0 && markJsBase) {
      const baseChars = markJsBase.floor[0]?.chars ?? Number.NaN;
      const scale = textChars / baseChars;
      markJsMs = median(markJsBase.markJs.map((result) => result.ms)) * scale;
      markJsMarks = Math.round(median(markJsBase.markJs.map((result) => result.marks)) * scale);
      markJsExtrapolatedFromKb = markJsBase.kb;
    }
    return {
      kb: scan.kb,
      expectedMarks: runs[0]?.marks ?? scan.cpu[0]?.marks ?? 0,
      textChars,
      textNodes: scan.floor[0]?.nodes ?? 0,
      floor: scan.floor,
      plainLoads: scan.plainLoads,
      cpu: scan.cpu,
      endToEnd: runs,
      markJs: scan.markJs,
      markJsExtrapolatedFromKb,
      summary: {
        floorMs,
        cpuMs,
        endToEndMs,
        endToEndFromRegisteredMs: median(runs.map((run) => run.fromRegisteredMs)),
        markJsMs,
        markJsMarks,
        cpuOverFloor: cpuMs / floorMs,
        endToEndOverFloor: endToEndMs / floorMs,
        markJsOverCpu: markJsMs / cpuMs,
        markJsOverEndToEnd: markJsMs / endToEndMs,
      },
    };
  });
}
