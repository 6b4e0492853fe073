/**
 * The English messages read straight from `locales/en.yml`, for code that runs
 * outside the browser (the command-line checker, unit tests). It follows
 * `browser.i18n.getMessage`: `$1`…`$9` take the substitutions, `$$` is a dollar.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import type { Lookup, MessageKey } from './phrase';

const LOCALE_FILE = resolve(import.meta.dirname, '../../locales/en.yml');

let messages: Record<string, string> | undefined;

function load(): Record<string, string> {
  const parsed = generateChromeMessages(parseMessagesText(readFileSync(LOCALE_FILE, 'utf8'), 'YAML'));
  return Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, value.message]));
}

/** One message in English, as `browser.i18n.getMessage(key, subs)` gives it; '' for an unknown key, as the browser does. */
export function englishMessage(key: string, subs: string | readonly string[] = []): string {
  messages ??= load();
  const template = messages[key.replaceAll('.', '_')];
  if (template === undefined) return '';
  const values = typeof subs === 'string' ? [subs] : subs;
  return template.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (values[Number(which) - 1] ?? '')));
}

export const english: Lookup = (key: MessageKey, subs: string[]) => englishMessage(key, subs);
