// Renders assets/icon.svg to the PNG sizes the stores ask for, into public/icon/ (WXT picks them up).
import { Resvg } from '@resvg/resvg-js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';

/** Chrome: 16, 32, 48, 128. Firefox: 48, 96. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const svg = await readFile(new URL('../../assets/icon.svg', import.meta.url), 'utf8');
const folder = new URL('../../public/icon/', import.meta.url);
await mkdir(folder, { recursive: true });
for (const size of ICON_SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  await writeFile(new URL(`${size}.png`, folder), png);
}
