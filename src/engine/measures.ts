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

export interface MeasureInfo {
  /** The unit a count of this measure is in; money measures take the figure's currency. */
  readonly unit: string;
  /** Estimates of measures in one family are shown side by side as context. */
  readonly family: 'troops' | 'nk_losses' | 'munitions' | 'logistics' | 'money' | 'russian_losses';
  /** Casualty measures: what is counted. */
  readonly scope?: Scope;
}

export const MEASURES = {
  troops_deployed: { unit: 'troops', family: 'troops' },
  troops_planned: { unit: 'troops', family: 'troops' },
  nk_casualties: { unit: 'people', family: 'nk_losses', scope: 'killed_and_wounded' },
  nk_killed: { unit: 'people', family: 'nk_losses', scope: 'killed' },
  nk_wounded: { unit: 'people', family: 'nk_losses', scope: 'wounded' },
  nk_captured: { unit: 'people', family: 'nk_losses', scope: 'captured' },
  artillery_shells: { unit: 'shells', family: 'munitions' },
  missiles_rockets: { unit: 'missiles', family: 'munitions' },
  containers: { unit: 'containers', family: 'logistics' },
  shipments: { unit: 'shipments', family: 'logistics' },
  equipment_tons: { unit: 'tonnes', family: 'logistics' },
  share_of_russian_ammo: { unit: 'percent', family: 'munitions' },
  payment_for_weapons: { unit: 'USD', family: 'money' },
  payment_for_troops: { unit: 'USD', family: 'money' },
  aid_to_nk: { unit: 'USD', family: 'money' },
  soldier_pay: { unit: 'USD per month', family: 'money' },
  russian_casualties: { unit: 'people', family: 'russian_losses' },
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
