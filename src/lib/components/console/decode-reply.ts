import { normaliseCommand } from '$lib/codec/command-text';
import { decodeDtcs } from '$lib/obd/decoders/dtcs';
import { decodeMonitorStatus, decodeRpm, supportedFromBitmap } from '$lib/obd/decoders/pids';
import { decodeVinData } from '$lib/obd/decoders/vehicle-info';
import type { ObdMessage } from '$lib/obd/obd-message';
import { parseResponse } from '$lib/obd/parse-response';
import { parseDpn, protocolInfo } from '$lib/obd/protocols';
import { describeDtc } from '$lib/vehicle/dtc';

/**
 * What a console reply means, beside its raw text: trouble codes (services
 * 03, 07, 0A), common service 01 values, the VIN (09 02) and the protocol
 * (AT DPN). Empty when FobSync has nothing to add. Pure: decoding only, with
 * the decoders the scan uses.
 */
export function decodeReply(command: string, lines: readonly string[]): string[] {
	const typed = normaliseCommand(command).replace(/\s+/g, '').toUpperCase();
	if (typed === 'ATDPN') return protocolLine(lines);
	if (!/^[0-9A-F]+$/.test(typed) || lines.length === 0) return [];
	const service = typed.slice(0, 2);
	const messages = readMessages(lines);
	if (messages.length === 0) return [];
	const many = new Set(messages.map((m) => m.message.ecu)).size > 1;
	const from = (m: ObdMessage) => (many && m.ecu !== '?' ? `${m.ecu}: ` : '');
	const out: string[] = [];
	for (const { message, can } of messages) {
		const text = describe(service, typed, message.data, can);
		if (text) out.push(from(message) + text);
	}
	return out;
}

const CODE_KIND: Record<string, string> = {
	'03': 'Stored codes',
	'07': 'Pending codes',
	'0A': 'Permanent codes'
};

function describe(service: string, typed: string, data: Uint8Array, can: boolean): string | null {
	if (CODE_KIND[service]) {
		const codes = decodeDtcs(data, { can });
		if (codes === null) return null;
		if (codes.length === 0) return `${CODE_KIND[service]}: none`;
		return `${CODE_KIND[service]}: ${codes.map(withTitle).join('; ')}`;
	}
	if (service === '09' && typed.slice(2, 4) === '02') {
		const vin = decodeVinData(data);
		return vin ? `VIN: ${vin}` : null;
	}
	if (service === '01' && data[0] === 0x41) return pidValue(data.subarray(1));
	return null;
}

function withTitle(code: string): string {
	const title = describeDtc(code).description;
	return title ? `${code} (${title})` : code;
}

/**
 * Service 01 values by the formulas of SAE J1979 / ISO 15031-5 Annex B
 * (the scan's own PIDs, and a few an expert types often).
 */
function pidValue(d: Uint8Array): string | null {
	const [pid, a, b] = d;
	switch (pid) {
		case 0x00:
		case 0x20:
		case 0x40: {
			if (d.length < 5) return null;
			const pids = supportedFromBitmap(d).map((p) => p.toString(16).toUpperCase().padStart(2, '0'));
			return `PIDs supported: ${pids.join(' ') || 'none'}`;
		}
		case 0x01: {
			const status = decodeMonitorStatus(d);
			if (!status) return null;
			return `Check-engine lamp ${status.milOn ? 'on' : 'off'}, ${status.dtcCount} stored code${status.dtcCount === 1 ? '' : 's'}`;
		}
		case 0x05:
			return a === undefined ? null : `Coolant temperature: ${a - 40} °C`;
		case 0x0c: {
			const rpm = decodeRpm(d);
			return rpm === null ? null : `Engine speed: ${rpm} rpm`;
		}
		case 0x0d:
			return a === undefined ? null : `Vehicle speed: ${a} km/h`;
		case 0x0f:
			return a === undefined ? null : `Intake air temperature: ${a - 40} °C`;
		case 0x11:
			return a === undefined ? null : `Throttle position: ${Math.round((a * 100) / 255)} %`;
		case 0x1f:
			return a === undefined || b === undefined ? null : `Run time since start: ${a * 256 + b} s`;
		case 0x42:
			return a === undefined || b === undefined
				? null
				: `Control module voltage: ${((a * 256 + b) / 1000).toFixed(2)} V`;
		default:
			return null;
	}
}

function protocolLine(lines: readonly string[]): string[] {
	const text = lines.join(' ').trim();
	if (!text) return [];
	const { auto, code } = parseDpn(text);
	if (!code) return [];
	return [`Protocol: ${protocolInfo(code).name}${auto ? ', found automatically' : ''}`];
}

/**
 * The reply's messages. The console does not know the bus, and the user may
 * have switched headers off (AT H0): each layout is tried, and the first that
 * reads every line without a problem wins.
 */
function readMessages(lines: readonly string[]): { message: ObdMessage; can: boolean }[] {
	for (const code of ['6', '7', '3', '5', '1']) {
		for (const headers of [true, false]) {
			const parsed = parseResponse(lines, code, { headers });
			if (parsed.messages.length > 0 && parsed.problems.length === 0) {
				const can = code === '6' || code === '7';
				return parsed.messages.map((message) => ({ message, can }));
			}
		}
	}
	return [];
}
