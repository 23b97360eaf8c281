const startedAt = performance.now();

/** Progress on stderr, with the time since the benchmark started; stdout is kept for the table. */
export function progress(message: string): void {
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench ${seconds}s] ${message}\n`);
}

export function elapsedSeconds(): number {
  return (performance.now() - startedAt) / 1000;
}
