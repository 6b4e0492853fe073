/**
 * The settings page: where Rangefinder scans, the sites where it is off, the
 * measures it marks and how. Every change is saved at once and reaches open
 * tabs without a reload (they watch the settings).
 */
import { i18n } from '#i18n';
import { MEASURES, type Measure } from '../engine/measures';
import { HIGHLIGHT_STYLES, SCAN_MODES, type Settings } from '../settings/settings';
import { parseSiteInput } from '../settings/sites';
import { h } from '../ui/h';
import { measureLabel } from '../ui/words';

/** The words for each choice, one key each, so that every message is named in full. */
const SCAN_MODE_WORDS = {
  everywhere: { label: 'options.scanMode.everywhere.label', detail: 'options.scanMode.everywhere.detail' },
  'on-request': { label: 'options.scanMode.onRequest.label', detail: 'options.scanMode.onRequest.detail' },
} as const;
const STYLE_WORDS = {
  tint: { label: 'options.style.tint.label', detail: 'options.style.tint.detail' },
  underline: { label: 'options.style.underline.label', detail: 'options.style.underline.detail' },
} as const;

export interface OptionsActions {
  change(change: (current: Settings) => Partial<Settings>): Promise<void>;
}

function fieldset(doc: Document, id: string, legend: string, hint: string, ...children: Node[]): HTMLFieldSetElement {
  return h(doc, 'fieldset', { id }, h(doc, 'legend', {}, legend), h(doc, 'p', { class: 'hint' }, hint), ...children);
}

function radio(
  doc: Document,
  name: string,
  value: string,
  checked: boolean,
  label: string,
  detail: string,
  onChoose: () => void,
): HTMLElement {
  const input = h(doc, 'input', { type: 'radio', name, value, id: `${name}-${value}` });
  input.checked = checked;
  input.addEventListener('change', () => input.checked && onChoose());
  return h(
    doc,
    'div',
    { class: 'choice' },
    input,
    h(
      doc,
      'label',
      { for: input.id },
      h(doc, 'span', { class: 'choice-label' }, label),
      h(doc, 'span', { class: 'choice-detail' }, detail),
    ),
  );
}

function scanModeSection(doc: Document, settings: Settings, actions: OptionsActions): HTMLElement {
  return fieldset(
    doc,
    'scan-mode',
    i18n.t('options.scanMode.legend'),
    i18n.t('options.scanMode.hint'),
    ...SCAN_MODES.map((mode) =>
      radio(
        doc,
        'scan-mode',
        mode,
        settings.scanMode === mode,
        i18n.t(SCAN_MODE_WORDS[mode].label),
        i18n.t(SCAN_MODE_WORDS[mode].detail),
        () => void actions.change(() => ({ scanMode: mode })),
      ),
    ),
  );
}

function sitesSection(doc: Document, settings: Settings, actions: OptionsActions): HTMLElement {
  // No spell-checking (nor, in Chrome, the dictionary it downloads the first time a field is typed in).
  const input = h(doc, 'input', {
    type: 'text',
    id: 'add-site',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'site-error',
    placeholder: 'example.com',
  });
  const error = h(doc, 'p', { id: 'site-error', class: 'error', role: 'alert' });
  const form = h(
    doc,
    'form',
    { class: 'add-site' },
    h(doc, 'label', { for: 'add-site' }, i18n.t('options.sites.addLabel')),
    input,
    h(doc, 'button', { type: 'submit' }, i18n.t('options.sites.add')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const parsed = parseSiteInput(input.value);
    if (!parsed.ok) {
      // What was typed stays in the field, to be corrected.
      error.textContent = parsed.reason === 'empty' ? i18n.t('options.sites.empty') : i18n.t('options.sites.invalid', [input.value.trim()]);
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    void actions.change((current) => ({
      offSites: current.offSites.includes(parsed.site) ? current.offSites : [...current.offSites, parsed.site],
    }));
  });
  const list =
    settings.offSites.length === 0
      ? h(doc, 'p', { class: 'none', id: 'no-sites' }, i18n.t('options.sites.none'))
      : h(
          doc,
          'ul',
          { class: 'sites' },
          ...settings.offSites.map((site) => {
            const remove = h(
              doc,
              'button',
              { type: 'button', class: 'remove', 'aria-label': i18n.t('options.sites.removeLabel', [site]) },
              i18n.t('options.sites.remove'),
            );
            remove.addEventListener(
              'click',
              () => void actions.change((current) => ({ offSites: current.offSites.filter((s) => s !== site) })),
            );
            return h(doc, 'li', { 'data-site': site }, h(doc, 'span', {}, site), remove);
          }),
        );
  return fieldset(doc, 'off-sites', i18n.t('options.sites.legend'), i18n.t('options.sites.hint'), list, form, error);
}

function measuresSection(doc: Document, settings: Settings, actions: OptionsActions): HTMLElement {
  const boxes = (Object.keys(MEASURES) as Measure[]).map((measure) => {
    const input = h(doc, 'input', { type: 'checkbox', name: 'measure', value: measure, id: `measure-${measure}` });
    input.checked = !settings.hiddenMeasures.includes(measure);
    input.addEventListener(
      'change',
      () =>
        void actions.change((current) => ({
          hiddenMeasures: input.checked ? current.hiddenMeasures.filter((m) => m !== measure) : [...current.hiddenMeasures, measure],
        })),
    );
    return h(doc, 'div', { class: 'check' }, input, h(doc, 'label', { for: input.id }, measureLabel(measure)));
  });
  return fieldset(
    doc,
    'measures',
    i18n.t('options.measures.legend'),
    i18n.t('options.measures.hint'),
    h(doc, 'div', { class: 'measure-list' }, ...boxes),
  );
}

function styleSection(doc: Document, settings: Settings, actions: OptionsActions): HTMLElement {
  return fieldset(
    doc,
    'highlight-style',
    i18n.t('options.style.legend'),
    i18n.t('options.style.hint'),
    ...HIGHLIGHT_STYLES.map((style) =>
      radio(
        doc,
        'highlight-style',
        style,
        settings.highlightStyle === style,
        i18n.t(STYLE_WORDS[style].label),
        i18n.t(STYLE_WORDS[style].detail),
        () => void actions.change(() => ({ highlightStyle: style })),
      ),
    ),
    h(
      doc,
      'p',
      { class: `sample style-${settings.highlightStyle}`, 'aria-hidden': 'true' },
      i18n.t('options.style.samplePrefix'),
      ' ',
      h(doc, 'span', { class: 'sample-figure' }, i18n.t('options.style.sampleFigure')),
      ' ',
      i18n.t('options.style.sampleSuffix'),
    ),
  );
}

export function renderOptions(doc: Document, settings: Settings, actions: OptionsActions): HTMLElement {
  return h(
    doc,
    'div',
    { class: 'options' },
    h(doc, 'h1', {}, i18n.t('options.title')),
    h(doc, 'p', { class: 'saved' }, i18n.t('options.saved')),
    scanModeSection(doc, settings, actions),
    sitesSection(doc, settings, actions),
    measuresSection(doc, settings, actions),
    styleSection(doc, settings, actions),
  );
}
