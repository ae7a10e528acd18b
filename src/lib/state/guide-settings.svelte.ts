/**
 * The guide's cue settings, kept on this device: a sound at each phase,
 * spoken prompts, vibration and keeping the screen awake. Each can be
 * switched off; spoken prompts start off (they talk over the car radio and
 * other people), and vibration starts off for people who ask their system
 * for reduced motion.
 */

import { STORED_KEYS, type DeviceStorage } from './device-storage';

export interface CueSettingValues {
	/** A short generated tone at each phase. */
	readonly sound: boolean;
	/** Each step read aloud. */
	readonly speech: boolean;
	/** The phone vibrates at each phase. */
	readonly vibration: boolean;
	/** The screen stays on while a session runs. */
	readonly keepAwake: boolean;
}

export type CueSetting = keyof CueSettingValues;

/** Storage key; the version changes when the stored shape does. */
const SETTINGS_KEY = STORED_KEYS.guideSettings;

export function defaultSettings(reducedMotion: boolean): CueSettingValues {
	return { sound: true, speech: false, vibration: !reducedMotion, keepAwake: true };
}

/** What the settings read from the device; injectable for tests. */
export interface SettingsEnv {
	/** Null: this visit only. */
	readonly storage: DeviceStorage | null;
	/** The user asked the system for reduced motion (`prefers-reduced-motion: reduce`). */
	readonly reducedMotion: boolean;
}

/** The cue settings as a rune class: read them anywhere, change them with `set`. */
export class GuideSettings {
	#env: SettingsEnv;
	#values = $state.raw<CueSettingValues>(defaultSettings(false));

	constructor(env: SettingsEnv) {
		this.#env = env;
		this.#values = load(env);
	}

	get values(): CueSettingValues {
		return this.#values;
	}
	get sound(): boolean {
		return this.#values.sound;
	}
	get speech(): boolean {
		return this.#values.speech;
	}
	get vibration(): boolean {
		return this.#values.vibration;
	}
	get keepAwake(): boolean {
		return this.#values.keepAwake;
	}
	/** Whether the system asks for reduced motion (no animated countdown, vibration off by default). */
	get reducedMotion(): boolean {
		return this.#env.reducedMotion;
	}

	set(setting: CueSetting, on: boolean): void {
		this.#values = { ...this.#values, [setting]: on };
		// Storage full or blocked: the setting holds for this visit.
		this.#env.storage?.write(SETTINGS_KEY, this.#values);
	}
}

function load(env: SettingsEnv): CueSettingValues {
	const base = defaultSettings(env.reducedMotion);
	const check = (value: unknown): CueSettingValues | null => {
		if (typeof value !== 'object' || value === null) return null;
		const stored = value as Partial<Record<CueSetting, unknown>>;
		const pick = (k: CueSetting) =>
			typeof stored[k] === 'boolean' ? (stored[k] as boolean) : base[k];
		return {
			sound: pick('sound'),
			speech: pick('speech'),
			vibration: pick('vibration'),
			keepAwake: pick('keepAwake')
		};
	};
	return env.storage?.read(SETTINGS_KEY, check) ?? base;
}
