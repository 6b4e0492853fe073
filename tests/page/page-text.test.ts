// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { rangeOf, readPageText, readPageTextInSlices } from '../../src/page/page-text';

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
    const range = rangeOf(page, start, start + 6)!;
    expect(range.toString()).toBe('12,000');
    expect(range.startContainer.textContent).toBe('North Korea sent 12,');
    expect(range.endContainer.textContent).toBe('000');
  });
});

describe('reading in slices', () => {
  it('reads several roots as one text, a line apart, skipping a subtree already read', () => {
    document.body.innerHTML = '<article id="a"><p>North Korea sent 12,000.</p></article><aside id="b"><p>Side</p></aside><p id="c">Tail</p>';
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

describe('a change to read inside text that is never read', () => {
  it('reads nothing of a change inside an editor or a hidden box', () => {
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


describe('a page that changed since it was read', () => {
  it('gives no range on a node that left the page or lost the text its offsets point into', () => {
    document.body.innerHTML = '<p id="a">North Korea has sent about 11,000 troops to Russia.</p><p id="b">Pyongyang promised 7,000 more troops.</p>';
    const page = readPageText(document.body);
    const of = (figure: string) => rangeOf(page, page.text.indexOf(figure), page.text.indexOf(figure) + figure.length);
    (document.getElementById('a')!.firstChild as Text).data = 'North Korea.';
    document.getElementById('b')!.remove();
    expect(of('about 11,000')).toBeNull();
    expect(of('7,000')).toBeNull();
  });
});
