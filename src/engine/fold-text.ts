/**
 * Folds text for matching without moving any offset: every UTF-16 unit maps to
 * exactly one unit, so an index into the folded text is an index into the original.
 * ASCII letters are lower-cased; hyphens, en dashes, minus signs, spaces (line breaks and tabs
 * among them), quotes and fullwidth digits read as their plain ASCII forms.
 */
const FOLD: Record<string, string> = {};
// Em dashes stay: unspaced, they break clauses ("3,000—first reported"); the grammar reads them in ranges.
for (const ch of '\u2010\u2011\u2012\u2013\u2212\uFE58\uFE63\uFF0D') FOLD[ch] = '-';
FOLD['\u2015'] = '\u2014';
for (const ch of '\u00A0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000') FOLD[ch] = ' ';
// A line break or tab inside a paragraph is a space: "Ukraine captured two North\nKorean soldiers", hard-wrapped.
for (const ch of '\t\n\r') FOLD[ch] = ' ';
// U+02BC, the modifier letter apostrophe, stands for the apostrophe on some pages ("Russiaʼs"), and so does U+02B9,
// the modifier letter prime ("South Koreaʹs spy agency").
for (const ch of '\u02B9\u02BC\u2018\u2019\u201A\u201B\u2032') FOLD[ch] = "'";
for (const ch of '\u201C\u201D\u201E\u201F\u2033') FOLD[ch] = '"';
FOLD['\uFF05'] = '%';
FOLD['\uFF0C'] = ',';
FOLD['\uFF0E'] = '.';
FOLD['\uFF04'] = '$';
for (let d = 0; d < 10; d++) FOLD[String.fromCharCode(0xff10 + d)] = String(d);

/** Every unit that folds to something else; capitals go by runs, the rest one by one. */
const TO_FOLD =
  /[A-Z]+|[\t\n\r\u00A0\u02B9\u02BC\u2002-\u200A\u2010-\u2015\u2018-\u201F\u202F\u2032\u2033\u205F\u2212\u3000\uFE58\uFE63\uFF04\uFF05\uFF0C-\uFF0E\uFF10-\uFF19]/g;

// ASCII capitals lower-case one to one; toLowerCase is safe on a run of them.
const fold = (found: string): string => FOLD[found] ?? found.toLowerCase();

export function foldText(text: string): string {
  return text.replace(TO_FOLD, fold);
}
