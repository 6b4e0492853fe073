// @vitest-environment happy-dom
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { rangeOf, readPageText, readPageTextInSlices } from '../../src/page/page-text';
import { readsAs } from '../../src/page/visible-text';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the page text', () => {
  it('joins text nodes in order with a line break between blocks, inline elements kept in their line', () => {
    document.body.innerHTML = '<h1>North Korea</h1><p>Pyongyang sent <b>12,000</b> troops.</p><div>Next <i>block</i></div>';
    expect(readPageText(document.body).text).toBe('North Korea\nPyongyang sent 12,000 troops.\nNext block');
  });

  it('breaks the line at a block with no text of its own: a line break or an image inside a paragraph', () => {
    document.body.innerHTML = '<p>Key facts<br>11,000 troops sent<img src="map.png" alt="">1,100 casualties</p>';
    expect(readPageText(document.body).text).toBe('Key facts\n11,000 troops sent\n1,100 casualties');
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
    const range = rangeOf(page, start, start + 6)!;
    expect(range.toString()).toBe('12,000');
    expect(range.startContainer.textContent).toBe('North Korea sent 12,');
    expect(range.endContainer.textContent).toBe('000');
  });
});

describe('reading in slices', () => {
  it('reads several roots as one text, a line apart, skipping a subtree already read', () => {
    document.body.innerHTML =
      '<article id="a"><p>North Korea sent 12,000.</p></article><aside id="b"><p>Side</p></aside><p id="c">Tail</p>';
    const article = document.getElementById('a')!;
    const reading = readPageTextInSlices([document.getElementById('b')!, document.body], { skip: article });
    let step = reading.next();
    while (!step.done) step = reading.next();
    expect(step.value.text).toBe('Side\nSide\nTail');
  });

  it('pauses every few hundred text nodes and reads the same text as in one go', () => {
    document.body.innerHTML = Array.from({ length: 450 }, (_, i) => `<p>Paragraph ${i}</p>`).join('');
    const reading = readPageTextInSlices([document.body]);
    let pauses = 0;
    let step = reading.next();
    while (!step.done) {
      pauses++;
      step = reading.next();
    }
    expect(pauses).toBe(2);
    expect(step.value.text).toBe(readPageText(document.body).text);
  });
});

describe('open shadow roots', () => {
  it('reads each open shadow root where its host stands, nested ones too, each a block of its own', () => {
    document.body.innerHTML = '<p>Before.</p><div id="host"><span>light child</span></div><p>After.</p>';
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = 'North Korea sent <b>12,000</b> troops. <em id="inner"></em>';
    shadow.getElementById('inner')!.attachShadow({ mode: 'open' }).innerHTML = 'Nested 4,000.';
    const seen: ShadowRoot[] = [];
    const page = readPageText(document.body, { onShadowRoot: (root) => seen.push(root) });
    expect(page.text).toBe('Before.\nNorth Korea sent 12,000 troops. \nNested 4,000.\nlight child\nAfter.');
    expect(seen).toEqual([shadow, shadow.getElementById('inner')!.shadowRoot]);
    const start = page.text.indexOf('12,000');
    const range = rangeOf(page, start, start + 6)!;
    expect(range.toString()).toBe('12,000');
    expect(range.startContainer.getRootNode()).toBe(shadow);
  });

  it('reads the shadow root of a root it is given, and never a closed one nor the card’s own', () => {
    document.body.innerHTML = '<div id="open"></div><div id="closed"></div><rangefinder-card></rangefinder-card>';
    document.getElementById('open')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Open 1,000.</p>';
    document.getElementById('closed')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>Closed 2,000.</p>';
    document.querySelector('rangefinder-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>The card says 3,000.</p>';
    expect(readPageText(document.body).text).toBe('Open 1,000.');
    expect(readPageText(document.getElementById('open')!).text).toBe('Open 1,000.');
  });
});

describe('a change to read inside text that is never read', () => {
  it('reads nothing of a change inside an editor, a hidden box or the card', () => {
    document.body.innerHTML =
      '<div contenteditable="true"><p id="typed">North Korea sent 11,000 troops.</p></div>' +
      '<div aria-hidden="true"><p id="decor">North Korea sent 12,000 troops.</p></div><p id="seen">North Korea sent 9,000 troops.</p>';
    const roots = ['typed', 'decor', 'seen'].map((id) => document.getElementById(id)!);
    expect(readPageText(roots[0]!).text).toBe('');
    expect(readPageText(roots[1]!).text).toBe('');
    const reading = readPageTextInSlices(roots);
    let step = reading.next();
    while (!step.done) step = reading.next();
    expect(step.value.text).toBe('North Korea sent 9,000 troops.');
  });
});

describe('text as the browser shows it', () => {
  it('reads white space collapsed and bidi marks left out, and maps ranges back to the text as written', () => {
    document.body.innerHTML =
      '<p>\n\t\tNorth Korea pledged about\n\t\t10,000   troops,\n  close to \u200E4,000\u200E by then.</p><p> <b> Next </b> line</p>';
    const page = readPageText(document.body);
    expect(page.text).toBe('North Korea pledged about 10,000 troops, close to 4,000 by then.\nNext line');
    const at = (figure: string) => rangeOf(page, page.text.indexOf(figure), page.text.indexOf(figure) + figure.length)!.toString();
    expect(at('about 10,000')).toBe('about\n\t\t10,000');
    expect(at('close to 4,000')).toBe('close to \u200E4,000');
    expect(at('troops, close')).toBe('troops,\n  close');
    expect(readsAs('about\n\t\t10,000', 'about 10,000')).toBe(true);
    expect(readsAs('15,\u200B000', '15,000')).toBe(true);
    expect(readsAs('about 10,001', 'about 10,000')).toBe(false);
  });

  it('maps every span of the text as read back to written text that reads the same', () => {
    const unit = fc.constantFrom(
      'a',
      'b',
      '1',
      ',',
      ' ',
      '  ',
      '\n',
      '\t',
      '\u200E',
      '\u200F',
      '\u2067',
      '\u2069',
      '\u00AD',
      '\u200B',
      '\uFEFF',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(unit, { maxLength: 12 }).map((units) => units.join('')),
          { minLength: 1, maxLength: 4 },
        ),
        fc.nat(),
        fc.nat(),
        (pieces, a, b) => {
          const p = document.createElement('p');
          pieces.forEach((piece, i) => {
            p.append(i % 2 ? Object.assign(document.createElement('b'), { textContent: piece }) : piece);
          });
          document.body.replaceChildren(p);
          const page = readPageText(document.body);
          if (page.text.length === 0) return;
          const [start, end] = [a % page.text.length, b % page.text.length].sort((x, y) => x - y) as [number, number];
          if (start === end) return;
          const range = rangeOf(page, start, end + 1)!;
          expect(readsAs(range.toString(), page.text.slice(start, end + 1))).toBe(true);
        },
      ),
    );
  });
});

describe('a page that changed since it was read', () => {
  it('gives no range on a node that left the page or lost the text its offsets point into', () => {
    document.body.innerHTML =
      '<p id="a">North Korea has sent about 11,000 troops to Russia.</p><p id="b">Pyongyang promised 7,000 more troops.</p>';
    const page = readPageText(document.body);
    const of = (figure: string) => rangeOf(page, page.text.indexOf(figure), page.text.indexOf(figure) + figure.length);
    (document.getElementById('a')!.firstChild as Text).data = 'North Korea.';
    document.getElementById('b')!.remove();
    expect(of('about 11,000')).toBeNull();
    expect(of('7,000')).toBeNull();
  });
});
