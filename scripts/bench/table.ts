/** Plain-text tables for the terminal: first column left-aligned, the rest right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** Milliseconds for a table cell: "–" when not measured. */
export function ms(value: number, digits = value < 10 ? 2 : value < 100 ? 1 : 0): string {
  return Number.isFinite(value) ? `${value.toFixed(digits)} ms` : '–';
}

export function ratio(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value < 10 ? `${value.toFixed(2)}×` : `${value.toFixed(value < 100 ? 1 : 0)}×`;
}

export function kb(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '–';
}

export function pageSize(kilobytes: number): string {
  return kilobytes >= 1000 ? `${kilobytes / 1000} MB` : `${kilobytes} KB`;
}

export function count(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '–';
}
