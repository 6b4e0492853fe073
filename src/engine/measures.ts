/**
 * The measures Rangefinder knows: one table, the only place a measure is named.
 * Adding a measure is adding a row here (with the reason it is needed) and the
 * cues for it in `measure-cues.ts`.
 */

/** What a casualty figure counts; it decides whether two estimates are comparable. */
export type Scope = 'killed' | 'wounded' | 'killed_and_wounded' | 'captured';

export interface MeasureInfo {
  /** Words for the card and the checker: what the number counts. */
  readonly label: string;
  /** The unit a count of this measure is in; money measures take the figure's currency. */
  readonly unit: string;
  /** Estimates of measures in one family are shown side by side as context. */
  readonly family: 'troops' | 'nk_losses' | 'munitions' | 'logistics' | 'money' | 'russian_losses';
  /** Casualty measures: what is counted. */
  readonly scope?: Scope;
}

export const MEASURES = {
  troops_deployed: { label: 'North Korean troops sent to Russia', unit: 'troops', family: 'troops' },
  troops_planned: {
    label: 'North Korean troops promised or to be sent in addition',
    unit: 'troops',
    family: 'troops',
  },
  nk_casualties: {
    label: 'North Korean soldiers killed and wounded',
    unit: 'people',
    family: 'nk_losses',
    scope: 'killed_and_wounded',
  },
  nk_killed: { label: 'North Korean soldiers killed', unit: 'people', family: 'nk_losses', scope: 'killed' },
  nk_wounded: { label: 'North Korean soldiers wounded', unit: 'people', family: 'nk_losses', scope: 'wounded' },
  nk_captured: {
    label: 'North Korean soldiers captured',
    unit: 'people',
    family: 'nk_losses',
    scope: 'captured',
  },
  artillery_shells: {
    label: 'artillery shells and rounds North Korea supplied to Russia',
    unit: 'shells',
    family: 'munitions',
  },
  missiles_rockets: {
    label: 'missiles and rockets North Korea supplied to Russia',
    unit: 'missiles',
    family: 'munitions',
  },
  containers: { label: 'containers of munitions shipped to Russia', unit: 'containers', family: 'logistics' },
  shipments: { label: 'shipments of munitions to Russia', unit: 'shipments', family: 'logistics' },
  equipment_tons: {
    label: 'tonnes of military equipment North Korea sent to Russia',
    unit: 'tonnes',
    family: 'logistics',
  },
  share_of_russian_ammo: {
    label: "share of Russia's artillery ammunition that came from North Korea",
    unit: 'percent',
    family: 'munitions',
  },
  payment_for_weapons: { label: 'what Russia paid North Korea for weapons', unit: 'USD', family: 'money' },
  payment_for_troops: { label: 'what Russia paid North Korea for its troops', unit: 'USD', family: 'money' },
  aid_to_nk: {
    label: 'what Russia gives North Korea in return (aid, technology, goods)',
    unit: 'USD',
    family: 'money',
  },
  soldier_pay: { label: 'pay per North Korean soldier', unit: 'USD per month', family: 'money' },
  russian_casualties: {
    label: "Russia's casualties in the war",
    unit: 'people',
    family: 'russian_losses',
  },
} as const satisfies Record<string, MeasureInfo>;

export type Measure = keyof typeof MEASURES;

export const MEASURE_IDS = Object.keys(MEASURES) as Measure[];

export function isMeasure(value: unknown): value is Measure {
  return typeof value === 'string' && Object.hasOwn(MEASURES, value);
}

export function measureInfo(measure: Measure): MeasureInfo {
  return MEASURES[measure];
}
