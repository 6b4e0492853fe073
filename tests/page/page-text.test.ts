// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { highlightFigures } from '../../src/page/highlight-figures';
import { rangeOf, readPageText } from '../../src/page/page-text';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the page text', () => {
  it('joins text nodes in order with a line break between blocks, inline elements kept in their line', () => {
    document.body.innerHTML = '<h1>North Korea</h1><p>Pyongyang sent <b>12,000</b> troops.</p><div>Next <i>block</i></div>';
    expect(readPageText(document.body).text).toBe('North Korea\nPyongyang sent 12,000 troops.\nNext block');
  });

  it('leaves out scripts, form fields, editable and hidden text', () => {
    document.body.innerHTML = `<p>Seen</p><script>var x = 1</script><textarea>typed 3,000</textarea><div contenteditable="true">draft</div>
      <p aria-hidden="true">decor</p><p hidden>gone</p><input value="5,000">`;
    expect(readPageText(document.body).text.trim()).toBe('Seen');
  });

  it('maps an offset range back to the DOM, across inline elements', () => {
    document.body.innerHTML = '<p>North Korea sent 12,<b>000</b> troops.</p>';
    const page = readPageText(document.body);
    const start = page.text.indexOf('12,000');
    const range = rangeOf(page, start, start + 6);
    expect(range.toString()).toBe('12,000');
    expect(range.startContainer.textContent).toBe('North Korea sent 12,');
    expect(range.endContainer.textContent).toBe('000');
  });
});

describe('highlighting a page', () => {
  it('finds the figures of a page about North Korea and changes no node of it', () => {
    document.body.innerHTML = '<article><p>North Korea has sent about 11,000 troops to Russia.</p><p>Markets rose 3%.</p></article>';
    const before = document.documentElement.outerHTML;
    const result = highlightFigures(document.body);
    expect(result?.figures.map((f) => f.text)).toEqual(['about 11,000']);
    expect(result?.ranges.map((r) => r.toString())).toEqual(['about 11,000']);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('stops at the gate on a page that never names North Korea', () => {
    document.body.innerHTML = '<p>Russia has lost 600,000 soldiers killed or wounded.</p>';
    expect(highlightFigures(document.body)).toBeNull();
  });
});
