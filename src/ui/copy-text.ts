/**
 * Copies text for the reader. The async Clipboard API needs a secure page and
 * a fresh click; where it refuses (plain http pages), a hidden text area inside
 * our own shadow root is copied instead, so the page's selection and DOM stay as they were.
 */
export async function copyText(text: string, within: Node): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;opacity:0;pointer-events:none;left:0;top:0;';
    within.appendChild(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
