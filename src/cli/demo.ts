/**
 * The main job: opens Chromium with the built extension on the bundled demo
 * article. With a display, the browser stays open for you to try; without one
 * (or with --headless) it runs headless, prints each figure it highlighted with
 * its reading, and writes a screenshot of an open card.
 *
 *   npm start                  build, then this
 *   npx tsx src/cli/demo.ts [--headless] [--screenshot <file.png>]
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { attributeOf, card, textOf, waitForCard, waitForCardClosed } from '../../tests/harness/card-probe';
import { launchWithExtension } from '../../tests/harness/launch-browser';
import { figurePoint, settledHighlights } from '../../tests/harness/page-probe';
import { ROOT } from '../../tests/harness/project-root';
import { serveFiles } from '../../tests/harness/serve-files';

const DEMO = 'assets/demo/article.html';
const DEFAULT_SCREENSHOT = join(ROOT, '.output/demo-card.png') as PngPath;

type PngPath = `${string}.png`;

interface Options {
  headless: boolean;
  screenshot: PngPath;
}

const isPng = (path: string): path is PngPath => path.endsWith('.png');

function parseArgs(args: readonly string[]): Options {
  const options: Options = { headless: !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY, screenshot: DEFAULT_SCREENSHOT };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--headless') options.headless = true;
    else if (args[i] === '--screenshot' && args[i + 1]) {
      const path = resolve(process.env.INIT_CWD ?? process.cwd(), args[++i]!);
      if (!isPng(path)) throw new UsageError(`The screenshot is a PNG: name it *.png, not ${args[i]}.`);
      options.screenshot = path;
    } else throw new UsageError(`Unknown argument: ${args[i]}`);
  }
  return options;
}

class UsageError extends Error {}

/** The figures the extension marked, in document order, with the card each one opens. */
interface Shown {
  figure: string;
  measure: string;
  stance: string;
  reading: string;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const server = await serveFiles(ROOT);
  const browser = await launchWithExtension('chromium', { headless: options.headless });
  const page = await browser.browser.newPage();
  await page.goto(`${server.url}/${DEMO}`);
  if (!options.headless) {
    console.log(`Chromium is open on the demo article with Rangefinder loaded. Hover a highlighted figure; close the browser to finish.`);
    await new Promise<void>((done) => browser.browser.once('disconnected', () => done()));
    await server.close();
    return;
  }
  // The demo article holds figures: a quiet moment before the first is the extension still starting.
  const texts = await settledHighlights(page, undefined, undefined, true);
  if (texts.length === 0) {
    await browser.close();
    await server.close();
    throw new Error('Rangefinder highlighted nothing on the demo article.');
  }
  const shown: Shown[] = [];
  for (let i = 0; i < texts.length; i++) {
    const point = await figurePoint(page, i);
    await page.mouse.click(point.x, point.y);
    await waitForCard(page);
    shown.push({
      figure: await textOf(page, card('.figure-text')),
      measure: await textOf(page, card('.measure')),
      stance: (await attributeOf(page, card(), 'data-stance')) ?? '',
      reading: await textOf(page, card('.reading')),
    });
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);
  }
  console.log(`Rangefinder highlighted ${shown.length} figures on the demo article:\n`);
  for (const s of shown) console.log(`  ${s.figure}  [${s.stance}]  ${s.measure}\n      ${s.reading}\n`);
  // The card of the figure that disagrees with every estimate, as a reader sees it on hover.
  const pick = shown.findIndex((s) => s.stance === 'above' || s.stance === 'below');
  const point = await figurePoint(page, Math.max(0, pick));
  await page.mouse.move(point.x, point.y);
  await waitForCard(page);
  mkdirSync(dirname(options.screenshot), { recursive: true });
  await page.screenshot({ path: options.screenshot });
  console.log(
    `Screenshot of the card for “${shown[Math.max(0, pick)]!.figure}”: ${relative(process.env.INIT_CWD ?? process.cwd(), options.screenshot)}`,
  );
  await browser.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(`rangefinder demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
