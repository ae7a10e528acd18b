/** Adapter chips the simulator can play. */
export type AdapterVariantId =
	| 'elm327-v1.4b' // genuine ELM327 v1.4b
	| 'elm327-v2.2' // genuine ELM327 v2.x
	| 'stn2120' // OBDLink-style STN chip
	| 'clone-v1.5' // cheap clone: claims v1.5, rejects AT@1 and several optional commands
	| 'clone-v2.1'; // cheap clone: claims v2.1, rejects more, slow and chunky

/** How long the simulated adapter and car take to answer. */
export interface LatencyModel {
	/** Adapter processing time for an AT command, ms. */
	readonly atMs: number;
	/** Car answer time for an OBD request on CAN, ms. */
	readonly canMs: number;
	/** Car answer time for an OBD request on the K-line (10.4 kbit/s, ISO 9141-2 / ISO 14230), ms. */
	readonly kLineMs: number;
	/** Car answer time for an OBD request on SAE J1850 (41.6 kbit/s PWM or 10.4 kbit/s VPW), ms. */
	readonly j1850Ms: number;
	/** First contact on a K-line car (5-baud init), ms. */
	readonly kLineInitMs: number;
	/** One protocol tried during an automatic search, ms. */
	readonly searchStepMs: number;
	/** ATZ reset time, ms. */
	readonly resetMs: number;
	/** Serial time per byte (e.g. 38400 baud ≈ 0.26 ms), ms. */
	readonly perByteMs: number;
}

export interface SimulatorOptions {
	/** Overrides the scenario's adapter chip. */
	variant?: AdapterVariantId;
	/** 'realistic' (default), 'fast' (all zero, for unit tests) or explicit figures. */
	latency?: 'realistic' | 'fast' | LatencyModel;
	/** Seed for the chunking/jitter pseudo-random generator, so runs repeat. */
	seed?: number;
	/** Largest output chunk in bytes; output is cut into uneven chunks up to this size. */
	maxChunk?: number;
	/** Baud rate the simulated adapter listens at (for baud detection over fake serial ports). */
	baudRate?: number;
}
