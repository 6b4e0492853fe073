import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/cli/html-to-text';

describe('reading HTML as a browser presents it', () => {
  it('drops scripts, styles, templates, the head and hidden elements', () => {
    const html = `<html><head><title>North Korea 3,000</title><style>p{width:300px}</style></head><body>
      <script>var troops = 12000;</script><p>Shown.</p><div hidden>North Korea sent 9,000 troops.</div>
      <p style="display: none">Also hidden.</p><template><p>Never shown.</p></template><noscript>No JS</noscript></body></html>`;
    expect(htmlToText(html)).toBe('Shown.');
  });

  it('keeps block boundaries as line breaks and inline elements within their line', () => {
    expect(htmlToText('<h1>Title</h1><p>North <b>Korea</b> sent <a href="#">12,000</a> troops.</p><ul><li>one</li><li>two</li></ul>')).toBe(
      'Title\nNorth Korea sent 12,000 troops.\none\ntwo',
    );
  });

  it('decodes entities and collapses white space', () => {
    expect(htmlToText('<p>about&nbsp;12&#8201;000 &amp;\n   more</p>')).toBe('about\u00a012\u2009000 & more');
  });

  it('leaves out what the extension leaves out: preformatted text, form fields, aria-hidden and editable boxes', () => {
    const html = `<p>Read.</p><pre>North Korea sent 12,000 troops.</pre><textarea>9,000</textarea><p aria-hidden="true">Decor 5,000.</p>
      <div contenteditable="true">Typed 7,000.</div><div contenteditable="false"><p>Shown too.</p></div>`;
    expect(htmlToText(html)).toBe('Read.\nShown too.');
  });

  it('reads inline code as text, so a figure split by it stays one', () => {
    expect(htmlToText('<p>North Korea sent 15,<code>000</code> troops.</p>')).toBe('North Korea sent 15,000 troops.');
  });
});
