/** The settings page's wiring: draw the settings, save each change, redraw on any change from elsewhere (the popup's switch). */
import { readSettings, updateSettings, watchSettings } from '../settings/settings';
import { renderOptions } from './options-view';

export async function startOptions(root: HTMLElement): Promise<void> {
  const doc = root.ownerDocument;
  const draw = (settings: Awaited<ReturnType<typeof readSettings>>) => {
    // Redrawing must not steal the place the reader was at.
    const focusedId = doc.activeElement?.id;
    const typed = (doc.getElementById('add-site') as HTMLInputElement | null)?.value;
    root.replaceChildren(renderOptions(doc, settings, { change: async (change) => void (await updateSettings(change)) }));
    if (focusedId) doc.getElementById(focusedId)?.focus();
    const field = doc.getElementById('add-site') as HTMLInputElement | null;
    // A site just added leaves the field; anything else typed stays.
    if (
      field &&
      typed &&
      !settings.offSites.includes(
        typed
          .trim()
          .toLowerCase()
          .replace(/^www\./, ''),
      )
    )
      field.value = typed;
  };
  draw(await readSettings());
  watchSettings(draw);
}
