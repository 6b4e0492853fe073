/**
 * The measures Rangefinder knows: one table, the only place a measure is defined.
 * Adding a measure is adding a row here (with the reason it is needed), the
 * cues for it in `measure-cues.ts` and its name under `measures` in `locales/*.yml`.
 */
import { type Phrase, phrase } from '../words/phrase';

/** What a casualty figure counts; it decides whether two estimates are comparable. */
export const SCOPES = ['killed', 'wounded', 'killed_and_wounded', 'captured'] as const;
export type Scope = (typeof SCOPES)[number];

export function isScope(value: unknown): value is Scope {
  return SCOPES.includes(value as Scope);
}

/** What the noun after a number is; 'none' is a noun that ends the search ("240 rocket launchers"). */
export type NounKind = 'personnel' | 'casualties' | 'shells' | 'missiles' | 'containers' | 'shipments' | 'tons' | 'goods' | 'none';

export interface MeasureInfo {
  /** The kind of noun a count of this measure counts; money and shares are counted by no noun. */
  readonly noun?: NounKind;
  /** The unit a count of this measure is in; money measures take the figure's currency. */
  readonly unit: string;
  /** Estimates of measures in one family are shown side by side as context. */
  readonly family: 'troops' | 'nk_losses' | 'munitions' | 'logistics' | 'money' | 'russian_losses';
  /** Casualty measures: what is counted. */
  readonly scope?: Scope;
  /** A rate for a period rather than a total: a soldier's pay is a month's. */
  readonly period?: 'month' | 'year';
}

export const MEASURES = {
  troops_deployed: { noun: 'personnel', unit: 'troops', family: 'troops' },
  troops_planned: { noun: 'personnel', unit: 'troops', family: 'troops' },
  nk_casualties: { noun: 'casualties', unit: 'people', family: 'nk_losses', scope: 'killed_and_wounded' },
  nk_killed: { noun: 'casualties', unit: 'people', family: 'nk_losses', scope: 'killed' },
  nk_wounded: { noun: 'casualties', unit: 'people', family: 'nk_losses', scope: 'wounded' },
  nk_captured: { noun: 'casualties', unit: 'people', family: 'nk_losses', scope: 'captured' },
  artillery_shells: { noun: 'shells', unit: 'shells', family: 'munitions' },
  missiles_rockets: { noun: 'missiles', unit: 'missiles', family: 'munitions' },
  containers: { noun: 'containers', unit: 'containers', family: 'logistics' },
  shipments: { noun: 'shipments', unit: 'shipments', family: 'logistics' },
  equipment_tons: { noun: 'tons', unit: 'tonnes', family: 'logistics' },
  share_of_russian_ammo: { unit: 'percent', family: 'munitions' },
  payment_for_weapons: { unit: 'USD', family: 'money' },
  payment_for_troops: { unit: 'USD', family: 'money' },
  aid_to_nk: { unit: 'USD', family: 'money' },
  soldier_pay: { unit: 'USD per month', family: 'money', period: 'month' },
  russian_casualties: { noun: 'casualties', unit: 'people', family: 'russian_losses' },
} as const satisfies Record<string, MeasureInfo>;

export type Measure = keyof typeof MEASURES;

export const MEASURE_IDS = Object.keys(MEASURES) as Measure[];

export function isMeasure(value: unknown): value is Measure {
  return typeof value === 'string' && Object.hasOwn(MEASURES, value);
}

/** What a measure counts, in words for the card and the checker. */
export function measureName(measure: Measure): Phrase {
  return phrase(`measures.${measure}`);
}
