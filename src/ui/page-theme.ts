/**
 * Whether the page around a figure is dark, so that the card matches the page
 * the reader is looking at rather than the system setting alone.
 */

function parseRgb(color: string): { r: number; g: number; b: number; a: number } | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha };
}

/** Relative luminance (WCAG) of an sRGB colour. */
export function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The first opaque background behind `element`, up to the root; null where none is set. */
function backgroundBehind(element: Element | null): string | null {
  for (let e = element; e; e = e.parentElement) {
    const rgb = parseRgb(getComputedStyle(e).backgroundColor);
    if (rgb && rgb.a > 0.5) return `rgb(${rgb.r}, ${rgb.g}, ${rgb.b})`;
  }
  return null;
}

export function pageThemeAt(element: Element | null): 'light' | 'dark' {
  const background = backgroundBehind(element);
  if (background) return luminance(parseRgb(background)!) < 0.2 ? 'dark' : 'light';
  // No background of its own: the browser's canvas, which follows the page's colour scheme.
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  if (/\bdark\b/.test(scheme) && !/\blight\b/.test(scheme)) return 'dark';
  return matchMedia('(prefers-color-scheme: dark)').matches && /\bdark\b/.test(scheme) ? 'dark' : 'light';
}
