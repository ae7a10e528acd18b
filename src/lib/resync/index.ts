/**
 * The resync layer: procedures as data and the pure step engine that runs
 * them. Runs in Node; imports only scan/ types, vehicle/ and below.
 *
 * - Data: `CATALOGUE` (every make module; lookups by id), `MODULES`,
 *   `buildCatalogue`, `checkCatalogue`, `SHARED_QUESTIONS`; the step language in `types.ts`.
 * - Finding: `findProcedures` (scanned vehicle, typed VIN or make/model/year pick →
 *   candidates, next question, note), `makeOptions` / `modelOptions` / `yearOptions`.
 * - Verdict: `verdictFor` (the answer at the top of the vehicle page).
 * - Planning: `planSession`, `keyCountOptions`, `keyLabels`.
 * - Engine: `createEngine(procedure)` → start / dispatch / tick / view / summarise /
 *   nextDeadline / resumeAfterReload; `engineFor(state)`, `parseGuideState`,
 *   `batteryGate` (with a procedure's own `lowVoltageFact`), `BATTERY_GATE`.
 * - Troubleshooting: `tipsFor`, `shopPathsAfter`.
 * - Confidence helpers: `compareConfidence`, `weakest`, `CONFIDENCE_WORDS`.
 */
export type * from './types';
export type * from './engine-types';
export { GUIDE_STATE_VERSION } from './engine-types';
export {
	CATALOGUE,
	MODULES,
	buildCatalogue,
	CatalogueError,
	type Catalogue,
	type ProcedureRef
} from './catalogue';
export { checkCatalogue } from './catalogue-check';
export { SHARED_QUESTIONS, workingKeyCount } from './questions';
export {
	findProcedures,
	type CarQuery,
	type Candidate,
	type FinderInput,
	type FinderResult,
	type FoundCar
} from './finder';
export { carLabel, vehicleLabel } from './car-label';
export { MODEL_QUESTION_ID, OTHER_MODEL, UNSURE, matchConfidence, type CarFacts } from './match';
export {
	makeOptions,
	modelOptions,
	yearOptions,
	EARLIEST_YEAR,
	type MakeOption,
	type SelectOption
} from './car-options';
export { canonicalMakes, sameMake } from './makes';
export {
	verdictFor,
	type Verdict,
	type VerdictAction,
	type VerdictInput,
	type VerdictKind
} from './verdict';
export {
	planSession,
	keyCountOptions,
	keyLabels,
	KEYS_WITHOUT_FIGURE,
	type SessionPlan,
	type ChecklistItem
} from './planner';
export {
	createEngine,
	engineFor,
	nextDeadline,
	parseGuideState,
	type GuideEngine,
	type SessionKeys,
	type StartOptions
} from './engine';
export { summarise, resultLine } from './engine-summary';
export { LAST_SECONDS_MS } from './engine-time';
export {
	batteryGate,
	lowVoltageFact,
	BATTERY_GATE,
	type BatteryGateResult,
	type BatteryGateStatus
} from './battery-gate';
export { tipsFor, shopPathsAfter, type TipQuery } from './troubleshooting';
export { compareConfidence, weakest, CONFIDENCE_ORDER, CONFIDENCE_WORDS } from './confidence';
