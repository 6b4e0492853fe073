import { describe, expect, it } from 'vitest';
import { i18n } from '#i18n';
import { englishMessage } from '../../src/words/english';
import { phrase, say } from '../../src/words/phrase';

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

  it('says a phrase with its substitutions said first', () => {
    const lookup = (key: string, subs: string[]) => `${key}(${subs.join(',')})`;
    expect(say(phrase('extName', 'a', phrase('extDescription', 'b')), lookup as never)).toBe('extName(a,extDescription(b))');
  });
});
