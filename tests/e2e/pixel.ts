/**
 * The colour a browser painted at a point of the viewport, read back from a
 * one-pixel screenshot. A 1×1 PNG needs no decoder: with no neighbours, every
 * PNG row filter leaves the one pixel's bytes as they are.
 */
import { inflateSync } from 'node:zlib';
import type { Page } from 'puppeteer-core';

export async function pixelAt(page: Page, point: { x: number; y: number }): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x: point.x, y: point.y, width: 1, height: 1 } });
  return onlyPixel(Buffer.from(png));
}

function onlyPixel(png: Buffer): [number, number, number] {
  const chunks: Buffer[] = [];
  let header: Buffer | null = null;
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = data;
    if (type === 'IDAT') chunks.push(data);
    at += 12 + length;
  }
  if (!header) throw new Error('The screenshot is not a PNG.');
  const [width, height, depth, colour] = [header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]];
  if (width !== 1 || height !== 1) throw new Error(`The screenshot is ${width}×${height}, not one pixel: is the device pixel ratio 1?`);
  if (depth !== 8 || (colour !== 2 && colour !== 6))
    throw new Error(`The screenshot is not 8-bit RGB or RGBA (depth ${depth}, colour type ${colour}).`);
  const row = inflateSync(Buffer.concat(chunks));
  // row[0] is the row's filter type; the pixel's red, green and blue follow.
  return [row[1]!, row[2]!, row[3]!];
}
