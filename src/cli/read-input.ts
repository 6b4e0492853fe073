/** Reads the checker's input file, with a one-line error for every way it can be unreadable. */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { htmlToPage } from './html-to-text';
import { pageDate } from './page-date';

export class InputError extends Error {
  override readonly name = 'InputError';
}

export interface Input {
  readonly kind: 'text' | 'html';
  /** The text the figures are found in; offsets refer to it. */
  readonly text: string;
  /** The lines of an HTML page that are all link (html-to-text.ts). */
  readonly links: readonly { readonly start: number; readonly end: number }[];
  /** The day an HTML page says it was published (page-date.ts), where it says. */
  readonly published?: string;
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);

function decode(bytes: Uint8Array, label: string, path: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new InputError(`${path}: declares an unknown character set "${label}"`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(`${path}: not readable as ${label.toUpperCase()} text (is it in another encoding?)`);
  }
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

export function readInput(path: string): Input {
  let bytes: Uint8Array;
  try {
    if (statSync(path).isDirectory()) throw new InputError(`${path}: is a folder, not a file`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? 'unknown error'})`);
  }
  let label = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  else if (bytes.includes(0)) throw new InputError(`${path}: looks like a binary file, not text or HTML`);
  const extension = extname(path).toLowerCase();
  const sniffedHtml = /^\s*(?:<!doctype html|<html|<head|<body)/i.test(
    new TextDecoder('latin1').decode(bytes.subarray(0, 512)).replace(/^\uFEFF|^ï»¿/, ''),
  );
  const html = HTML_EXTENSIONS.has(extension) || (!TEXT_EXTENSIONS.has(extension) && sniffedHtml);
  if (html && label === 'utf-8') {
    const declared = declaredCharset(bytes);
    if (declared && declared !== 'utf-8' && declared !== 'utf8') label = declared;
  }
  const text = decode(bytes, label, path);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters other than white space are how a binary file shows.
  if (/[\u0000-\u0008\u000E-\u001F]/.test(text.slice(0, 4096))) {
    throw new InputError(`${path}: looks like a binary file, not text or HTML`);
  }
  if (!html && !TEXT_EXTENSIONS.has(extension) && extension !== '') {
    throw new InputError(`${path}: unsupported file type "${extension}"; give a .txt or .html file`);
  }
  if (!html) return { kind: 'text', text, links: [] };
  const published = pageDate(text);
  return { kind: 'html', ...htmlToPage(text), ...(published ? { published } : {}) };
}
