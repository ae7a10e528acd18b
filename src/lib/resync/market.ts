import type { CarQuery, SourcedText } from './types';
import { normaliseVin } from '../vehicle';

/**
 * The market a car was sold in, as far as prices go: a shop's cost is quoted
 * in the currency of the market its sources come from, and shown for the
 * owner's car only when the car's market is known.
 */
export type CostMarket = 'US' | 'UK';

export const MARKET_NAMES: Readonly<Record<CostMarket, string>> = {
	US: 'the US',
	UK: 'the UK'
};

/** A cost reported in one market, in its currency, with that market's own sources. */
export interface MarketCost extends SourcedText {
	readonly market: CostMarket;
}

export function isMarketCost(fact: SourcedText): fact is MarketCost {
	return typeof (fact as Partial<MarketCost>).market === 'string';
}

/**
 * The US market from a VIN: a maker code assigned in the US (1, 4, 5, or 7
 * outside New Zealand's 7A-7E) or a MINI whose model code marks the USA
 * (position 7 = 3). Canada (2) and Mexico (3) have their own currencies.
 * Nothing in a VIN names the UK (a right-hand-drive MINI may be sold in many
 * markets), so the UK is never guessed.
 */
function marketOfVin(raw: string): CostMarket | null {
	const vin = normaliseVin(raw);
	if (/^([145]|7[^A-E])/.test(vin)) return 'US';
	if (/^WMW.{3}3/.test(vin)) return 'US';
	return null;
}

/** The car's market where the VIN or the decoded car says it; null: not known. */
export function costMarketOf(
	car: CarQuery | null | undefined,
	vin?: string | null
): CostMarket | null {
	if (vin) return marketOfVin(vin);
	if (car?.by === 'vin') return marketOfVin(car.vin);
	if (car?.by === 'vehicle' && car.vehicle.market === 'USA') return 'US';
	return null;
}

/** The costs to show for a car's market: that market's ones, or every market's when unknown. */
export function costsFor(
	facts: readonly SourcedText[],
	market: CostMarket | null
): readonly SourcedText[] {
	if (market === null) return facts;
	const local = facts.filter((f) => !isMarketCost(f) || f.market === market);
	// Sources from only another market: still say them rather than nothing, labelled.
	return local.some(isMarketCost) ? local : facts;
}
