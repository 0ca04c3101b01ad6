#!/usr/bin/env node
// Renders the app icons in web/public from web/public/favicon.svg with Debian's chromium (playwright-core,
// already a dev dependency): icon-192.png and icon-512.png (rounded, transparent corners),
// icon-maskable-512.png (full bleed: the drawing sits inside the maskable safe zone, a circle of 40 %)
// and favicon.ico (PNG entries of 16, 32 and 48 px). Run it after changing the SVG and commit the output:
//   node web/scripts/render-icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const publicDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public');
const svg = readFileSync(path.join(publicDir, 'favicon.svg'), 'utf8');
const maskable = svg.replace(/rx="96"/, 'rx="0"');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox'],
});
async function render(source, size) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  await page.close();
  return png;
}

try {
  writeFileSync(path.join(publicDir, 'icons/icon-192.png'), await render(svg, 192));
  writeFileSync(path.join(publicDir, 'icons/icon-512.png'), await render(svg, 512));
  writeFileSync(path.join(publicDir, 'icons/icon-maskable-512.png'), await render(maskable, 512));
  writeFileSync(path.join(publicDir, 'icons/apple-touch-icon.png'), await render(maskable, 180));
  const sizes = [16, 32, 48];
  const images = [];
  for (const size of sizes) images.push(await render(svg, size));
  writeFileSync(path.join(publicDir, 'favicon.ico'), ico(sizes, images));
} finally {
  await browser.close();
}

/** An ICO file whose entries are PNG images (understood by every browser since Internet Explorer 9). */
function ico(sizes, images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  images.forEach((image, index) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(sizes[index] % 256, 0); // width (0 means 256)
    entry.writeUInt8(sizes[index] % 256, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(image.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += image.length;
    entries.push(entry);
  });
  return Buffer.concat([header, ...entries, ...images]);
}
