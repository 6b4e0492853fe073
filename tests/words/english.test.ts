import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { i18n } from '#i18n';
import { MEASURE_IDS } from '../../src/engine/measures';
import { words } from '../../src/ui/words';
import { english, englishMessage, fillMessage } from '../../src/words/english';
import { phrase, plural, say } from '../../src/words/phrase';

const ROOT = new URL('../../', import.meta.url);

describe('the English messages outside the browser', () => {
  it('reads a nested key from locales/en.yml as the browser reads it from _locales', () => {
    expect(englishMessage('commands.nextFigure')).toBe('Go to the next figure on the page and open its card');
    expect(englishMessage('commands_nextFigure')).toBe('Go to the next figure on the page and open its card');
  });

  it('gives an empty string for an unknown key, as browser.i18n.getMessage does', () => {
    expect(englishMessage('no.such.key')).toBe('');
  });

  it('serves i18n.t in unit tests through the fake browser', () => {
    expect(i18n.t('extName')).toBe('Rangefinder');
  });

  it('puts each substitution in its own place, in order', () => {
    expect(englishMessage('estimate.described', ['about 3,000', 'the US', '23 Oct 2024'])).toBe('about 3,000 (the US, 23 Oct 2024)');
    expect(englishMessage('units.range', ['2,000', '9,000'])).toBe('2,000–9,000');
  });

  it('reads $$ as a literal dollar, as the browsers do, and leaves dollars in substitutions alone', () => {
    expect(fillMessage('$2 costs $$3 for $1', ['a', 'b'])).toBe('b costs $3 for a');
    // Chrome and Firefox drop only the first sign of a run: no message can put "$" right before "$1".
    expect(fillMessage('$$$1', ['5'])).toBe('$$1');
    expect(englishMessage('units.range', ['$1.7', '$2'])).toBe('$1.7–$2');
  });

  it('says a phrase with its substitutions said first', () => {
    const lookup = (key: string, subs: string[]) => `${key}(${subs.join(',')})`;
    expect(say(phrase('extName', 'a', phrase('extDescription', 'b')), lookup as never)).toBe('extName(a,extDescription(b))');
  });

  it('picks plural forms in Node as i18n.t picks them in the extension, the count as $1', () => {
    for (const count of [0, 1, 2, 7]) {
      const p = plural('reading.within', count, 'low', 'high');
      expect(say(p, english)).toBe(words(p));
    }
    expect(say(plural('reading.within', 1, 'a', 'b'), english)).toBe('Within the range of 1 estimate: a to b.');
    expect(say(plural('reading.within', 7, 'a', 'b'), english)).toBe('Within the range of 7 estimates: a to b.');
  });
});

/** Every message key of locales/en.yml, dotted as the code writes it; the browser's own @@ keys left out. */
const KEYS = parseMessagesText(readFileSync(new URL('locales/en.yml', ROOT), 'utf8'), 'YAML')
  .map((m) => m.key.join('.'))
  .filter((key) => !key.startsWith('@@'));

function filesUnder(folder: string): string[] {
  return readdirSync(new URL(folder, ROOT), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|html)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const CODE = [...filesUnder('src/'), ...filesUnder('entrypoints/'), new URL('wxt.config.ts', ROOT).pathname]
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

describe('locales/en.yml and the code', () => {
  it('has no message that nothing says', () => {
    const used = (key: string) =>
      // Measure names are built from the measure's id (measureName in src/engine/measures.ts).
      (key.startsWith('measures.') && (MEASURE_IDS as string[]).includes(key.slice('measures.'.length))) ||
      CODE.includes(`'${key}'`) ||
      CODE.includes(`__MSG_${key.replaceAll('.', '_')}__`);
    expect(KEYS.filter((key) => !used(key))).toEqual([]);
  });

  it('has every key the code names (type-checking ensures it too)', () => {
    const groups = new Set(KEYS.filter((key) => key.includes('.')).map((key) => key.split('.')[0]!));
    const named = [...CODE.matchAll(/'([a-z]+(?:\.\w+)+)'/gi)].map((m) => m[1]!).filter((key) => groups.has(key.split('.')[0]!));
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter((key) => !KEYS.includes(key))).toEqual([]);
  });
});
