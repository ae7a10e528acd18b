import { normaliseCommand } from '../codec/command-text';
import { formatAnswers, familyOf } from './formatter';
import type { SimCar } from './sim-car';
import type { VariantProfile } from './variants';
import type { LatencyModel } from './types';

/** The ELM327's automatic search order (ELM327 datasheet, "Selecting Protocols"). */
const SEARCH_ORDER = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

const PROTOCOL_NAMES: Record<string, string> = {
	'1': 'SAE J1850 PWM',
	'2': 'SAE J1850 VPW',
	'3': 'ISO 9141-2',
	'4': 'ISO 14230-4 (KWP 5BAUD)',
	'5': 'ISO 14230-4 (KWP FAST)',
	'6': 'ISO 15765-4 (CAN 11/500)',
	'7': 'ISO 15765-4 (CAN 29/500)',
	'8': 'ISO 15765-4 (CAN 11/250)',
	'9': 'ISO 15765-4 (CAN 29/250)'
};

export interface EmulatorFaults {
	/** Ignores all input (a hung adapter). */
	silent: boolean;
	/** ATZ closes the link (Bluetooth clones that drop on reset). */
	dropOnReset: boolean;
	/** ATZ produces nothing (a clone that stalls on reset). */
	stallOnReset: boolean;
}

/**
 * An ELM327 (or clone, or STN chip) in front of a simulated car. Bytes in
 * through `input`, text out through the `output` callback, with the chip's
 * timing. Settings, echo, line endings, protocol search and status texts
 * follow the ELM327 datasheet.
 */
export class Elm327Emulator {
	readonly faults: EmulatorFaults = { silent: false, dropOnReset: false, stallOnReset: false };
	/** Called when a fault closes the link. */
	onDrop: () => void = () => undefined;
	/** Called with every command line the emulator receives (as typed, without the CR); for tests and the bench. */
	onCommand: (command: string) => void = () => undefined;
	#line = '';
	#last = '';
	#busy: ReturnType<typeof setTimeout> | null = null;
	#echo = true;
	#lf = false;
	#spaces = true;
	#headers = false;
	#caf = true;
	#protocol = '0';
	#auto = true;
	#established: string | null = null;
	#disposed = false;
	readonly #once = new Map<string, string>();

	constructor(
		readonly car: SimCar,
		readonly variant: VariantProfile,
		readonly latency: LatencyModel,
		private readonly output: (text: string) => void
	) {}

	input(bytes: Uint8Array): void {
		if (this.#disposed || this.faults.silent) return;
		for (const b of bytes) {
			if (this.#busy) {
				// Any byte while busy stops the request; the byte itself is lost (datasheet, "Interrupting").
				clearTimeout(this.#busy);
				this.#busy = null;
				this.#send(['STOPPED']);
				continue;
			}
			if (b === 0x0d) {
				const raw = this.#line;
				this.#line = '';
				this.onCommand(raw);
				if (this.#echo) this.output(raw + this.#eol);
				const cmd = normaliseCommand(raw);
				// An empty line repeats the last command (datasheet, "repeat").
				this.#handle(cmd === '' ? this.#last : cmd);
			} else if (b !== 0x0a && b !== 0x00) {
				this.#line += String.fromCharCode(b);
			}
		}
	}

	/** The adapter restarts by itself (power dip): banner, then defaults. */
	spontaneousReset(): void {
		// A request in progress is lost with everything else the chip was doing.
		if (this.#busy) clearTimeout(this.#busy);
		this.#busy = null;
		this.#defaults();
		this.output(`\r\r${this.variant.banner}\r\r>`);
	}

	/**
	 * The next time `command` arrives, answer it with the status text `status`
	 * instead (once), after the usual latency: BUFFER FULL, CAN ERROR, STOPPED,
	 * BUS BUSY, FB ERROR, DATA ERROR … `LV RESET` and `ERR94` also return the
	 * chip to its defaults, as the datasheet says they do.
	 */
	answerOnce(command: string, status: string): void {
		this.#once.set(normaliseCommand(command), status);
	}

	dispose(): void {
		this.#disposed = true;
		if (this.#busy) clearTimeout(this.#busy);
	}

	get #eol(): string {
		return this.#lf ? '\r\n' : '\r';
	}

	#send(lines: string[]): void {
		const nul = this.variant.strayNul ? '\0' : '';
		this.output(lines.map((l) => l + this.#eol).join('') + this.#eol + nul + '>');
	}

	#later(ms: number, f: () => void, busy = false): void {
		const t = setTimeout(() => {
			if (busy) this.#busy = null;
			if (!this.#disposed) f();
		}, ms);
		if (busy) this.#busy = t;
	}

	#defaults(): void {
		this.#echo = true;
		this.#lf = false;
		this.#spaces = true;
		this.#headers = false;
		this.#caf = true;
		this.#protocol = '0';
		this.#auto = true;
		this.#established = null;
	}

	#handle(cmd: string): void {
		if (!cmd) return this.#send(['?']);
		this.#last = cmd;
		const status = this.#once.get(cmd);
		if (status !== undefined) {
			this.#once.delete(cmd);
			if (status === 'LV RESET' || status === 'ERR94') this.#defaults();
			return this.#later(this.latency.canMs, () => this.#send([status]), true);
		}
		if (cmd.startsWith('AT')) return this.#at(cmd.slice(2));
		if (cmd.startsWith('ST')) return this.#st(cmd.slice(2));
		return this.#obd(cmd);
	}

	#atReply(lines: string[]): void {
		this.#later(this.latency.atMs * this.variant.slowness, () => this.#send(lines));
	}

	#at(c: string): void {
		const v = this.variant;
		if (v.rejects.some((r) => c.startsWith(r))) return this.#atReply(['?']);
		const flag = (prefix: string) =>
			c === `${prefix}0` ? false : c === `${prefix}1` ? true : null;
		if (c === 'Z' || c === 'WS') {
			if (c === 'Z' && this.faults.dropOnReset) return this.onDrop();
			if (c === 'Z' && this.faults.stallOnReset) return;
			this.#defaults();
			const ms = (c === 'Z' ? this.latency.resetMs : this.latency.resetMs / 4) * v.slowness;
			return this.#later(ms, () => this.output(`\r\r${v.banner}\r\r>`));
		}
		if (c === 'D') {
			this.#defaults();
			return this.#atReply(['OK']);
		}
		for (const [p, set] of [
			['E', (x: boolean) => (this.#echo = x)],
			['L', (x: boolean) => (this.#lf = x)],
			['S', (x: boolean) => (this.#spaces = x)],
			['H', (x: boolean) => (this.#headers = x)],
			['CAF', (x: boolean) => (this.#caf = x)],
			['M', () => undefined]
		] as const) {
			const f = flag(p);
			if (f !== null) {
				// The reply to E0 goes out with the new setting already in force.
				set(f);
				return this.#atReply(['OK']);
			}
		}
		if (
			/^AT[0-2]$/.test(c) ||
			/^ST[0-9A-F]{2}$/.test(c) ||
			/^(SH|CRA)[0-9A-F]{3,8}$/.test(c) ||
			c === 'PC'
		) {
			return this.#atReply(['OK']);
		}
		const sp = /^(SP|TP)(A?)([0-9A-C])$/.exec(c);
		if (sp) {
			this.#protocol = sp[3]!;
			this.#auto = sp[2] === 'A' || sp[3] === '0';
			this.#established = null;
			return this.#atReply(['OK']);
		}
		if (c === 'DPN') {
			const code = this.#established ?? this.#protocol;
			return this.#atReply([`${this.#auto ? 'A' : ''}${code}`]);
		}
		if (c === 'DP') {
			const code = this.#established ?? this.#protocol;
			const name = code === '0' ? 'AUTO' : (PROTOCOL_NAMES[code] ?? 'AUTO');
			return this.#atReply([this.#auto && code !== '0' ? `AUTO, ${name}` : name]);
		}
		if (c === 'RV') {
			// The adapter reads the socket through a protection diode: a little under the battery.
			return this.#atReply([`${Math.max(0, this.car.socketVolts - 0.2).toFixed(1)}V`]);
		}
		if (c === 'IGN') return this.#atReply([v.ign ? (this.car.obdAwake ? 'ON' : 'OFF') : '?']);
		if (c === 'I') return this.#atReply([v.banner]);
		if (c === '@1') return this.#atReply([v.description ?? '?']);
		if (c === '@2') return this.#atReply(['?']);
		return this.#atReply(['?']);
	}

	#st(c: string): void {
		const v = this.variant;
		if (c === 'I' && v.sti) return this.#atReply([v.sti]);
		if (c === 'DI' && v.stdi) return this.#atReply([v.stdi]);
		return this.#atReply(['?']);
	}

	#obd(cmd: string): void {
		// An odd digit at the end is the expected-answer count (datasheet, "Multiple Responses").
		const hex = cmd.length % 2 === 1 ? cmd.slice(0, -1) : cmd;
		if (!/^([0-9A-F]{2})+$/.test(hex)) return this.#atReply(['?']);
		const request = Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16)));
		const l = this.latency;
		const answerMs = (p: string) => {
			const family = familyOf(p);
			return family.startsWith('can')
				? l.canMs
				: family.startsWith('j1850')
					? l.j1850Ms
					: l.kLineMs;
		};
		const format = (p: string) => formatAnswers(p, this.car.answer(request), this.#format());

		if (this.#established) {
			const p = this.#established;
			const lines = format(p);
			return this.#later(answerMs(p), () => this.#send(lines.length ? lines : ['NO DATA']), true);
		}
		const carProtocol = this.car.protocol;
		const reachable = this.car.obdAwake && this.car.answer(request).length > 0;
		const isK = (p: string) => p === '3' || p === '4' || p === '5';
		const tryCost = (p: string) => (isK(p) ? l.kLineInitMs : l.searchStepMs);

		// Explicit protocol first (SP h, or SP Ah's preferred one).
		if (this.#protocol !== '0') {
			const p = this.#protocol;
			// On an explicit K-line protocol the chip prints "BUS INIT: ..." at once and
			// "OK" or "ERROR" when the 5-baud/fast init ends (datasheet, "BUS INIT").
			const kInit = isK(p) && !this.#auto;
			if (kInit) this.output('BUS INIT: ...');
			if (p === carProtocol && reachable) {
				this.#established = p;
				const lines = format(p);
				return this.#later(
					tryCost(p) + answerMs(p),
					() => this.#send(kInit ? ['OK', ...lines] : lines),
					true
				);
			}
			if (!this.#auto) {
				const failure = kInit
					? 'ERROR'
					: familyOf(p).startsWith('can')
						? this.#canAcknowledged(p)
							? 'NO DATA'
							: 'CAN ERROR'
						: 'NO DATA';
				return this.#later(tryCost(p), () => this.#send([failure]), true);
			}
		}
		// Automatic search: SEARCHING... now, the answer after every protocol tried before the car's.
		this.output(`SEARCHING...${this.#eol}`);
		let ms = 0;
		for (const p of SEARCH_ORDER) {
			if (p === this.#protocol) continue;
			ms += tryCost(p);
			if (p === carProtocol && reachable) {
				this.#established = p;
				const lines = format(p);
				return this.#later(ms + answerMs(p), () => this.#send(lines), true);
			}
		}
		this.#later(ms, () => this.#send(['UNABLE TO CONNECT']), true);
	}

	/**
	 * Whether a CAN request on protocol `p` is acknowledged on the car's bus:
	 * every node that receives a frame correctly sets the ACK bit, whatever its
	 * identifier (ISO 11898-1), so a live bus at the same bit rate ACKs an
	 * 11-bit request even when the computers answer only 29-bit ones (NO DATA),
	 * while no bus, a sleeping bus or another bit rate gives CAN ERROR.
	 */
	#canAcknowledged(p: string): boolean {
		const rate = (q: string) => (q === '6' || q === '7' ? 500 : q === '8' || q === '9' ? 250 : 0);
		const car = this.car.protocol;
		return (
			this.car.obdAwake && familyOf(car).startsWith('can') && rate(car) === rate(p) && rate(p) > 0
		);
	}

	#format() {
		return { headers: this.#headers, spaces: this.#spaces, caf: this.#caf };
	}
}
