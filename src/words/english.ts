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

/**
 * A message with its substitutions, as Chrome and Firefox fill it: `$n` is the
 * n-th substitution; in a run of dollar signs the first is dropped and the rest
 * kept, so `$$` is a dollar but `$$$1` is "$$1", not a dollar and the substitution.
 */
export function fillMessage(template: string, subs: readonly string[]): string {
  return template.replace(/\$(?:([1-9]\d*)|(\$+))/g, (_, index: string | undefined, dollars: string | undefined) =>
    index ? (subs[Number(index) - 1] ?? '') : dollars!,
  );
}

/** One message in English, as `browser.i18n.getMessage(key, subs)` gives it; '' for an unknown key, as the browser does. */
export function englishMessage(key: string, subs: string | readonly string[] = []): string {
  messages ??= load();
  const template = messages[key.replaceAll('.', '_')];
  if (template === undefined) return '';
  return fillMessage(template, typeof subs === 'string' ? [subs] : subs);
}

/** The plural form for `count`, chosen as `i18n.t` chooses it from "one | other" or "zero | one | other". */
function pluralForm(message: string, count: number): string {
  const forms = message.split(' | ');
  if (forms.length === 2) return forms[count === 1 ? 0 : 1]!;
  if (forms.length === 3) return forms[count === 0 || count === 1 ? count : 2]!;
  return message;
}

export const english: Lookup = (key: MessageKey, subs: string[], count?: number) => {
  const message = englishMessage(key, subs);
  return count === undefined ? message : pluralForm(message, count);
};
