import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The layers, top to bottom (ARCHITECTURE.md): each may import only those below
 * it. `ui` is routes/ and components/. codec/ is the pure bottom everyone shares.
 */
const LAYERS = [
	'ui',
	'state',
	'resync',
	'scan',
	'vehicle',
	'obd',
	'elm327',
	'transport',
	'simulator',
	'codec'
];
const FOLDERS = {
	ui: ['src/routes', 'src/lib/components'],
	state: ['src/lib/state'],
	resync: ['src/lib/resync'],
	scan: ['src/lib/scan'],
	vehicle: ['src/lib/vehicle'],
	obd: ['src/lib/obd'],
	elm327: ['src/lib/elm327'],
	transport: ['src/lib/transport'],
	simulator: ['src/lib/simulator'],
	codec: ['src/lib/codec']
};
/**
 * The simulator yields a ByteLink "like any transport": of the transport layer
 * it may use the contract (ByteLink, AdapterError) and nothing else.
 */
const ALLOWED_ABOVE = { simulator: { transport: ['byte-link', 'adapter-error'] } };

/** A regex for imports that reach folder `name`, relative ("../scan/…", "../../scan") or through $lib. */
function importOf(name, allowed = []) {
	const folder =
		name === 'ui'
			? '(\\$lib/components|(\\.\\./)+(components|routes))'
			: `(\\$lib/${name}|(\\.\\./)+${name})`;
	const except = allowed.length ? `(?!(${allowed.join('|')})$)` : '';
	return `^${folder}(/${except}|$)`;
}

const layerRules = LAYERS.map((layer, i) => ({
	files: FOLDERS[layer].map((folder) => `${folder}/**/*.{ts,js,svelte}`),
	rules: {
		'no-restricted-imports': [
			'error',
			{
				patterns: LAYERS.slice(0, i).map((above) => ({
					regex: importOf(above, ALLOWED_ABOVE[layer]?.[above]),
					message: `${layer}/ sits below ${above}/: a layer imports only the ones below it (ARCHITECTURE.md).`
				}))
			}
		]
	}
}));

/**
 * The resync core takes the catalogue as an argument (issue 16): only
 * catalogue.ts builds one, so the step engine, the finder and the rest load no
 * make's data by themselves. Tests and the test helpers may use the app's.
 */
const catalogueAsArgument = {
	files: ['src/lib/resync/**/*.ts'],
	ignores: [
		'src/lib/resync/catalogue.ts',
		// Builds the catalogue of the core and the chunks a car needs (the only other builder).
		'src/lib/resync/catalogue-source.ts',
		'src/lib/resync/**/*.test.ts',
		'src/lib/resync/test/**'
	],
	rules: {
		'@typescript-eslint/no-restricted-imports': [
			'error',
			{
				patterns: [
					{
						regex: '(^|/)catalogue$',
						allowTypeImports: true,
						message: 'Take the catalogue as an argument; only catalogue.ts builds one (issue 16).'
					}
				]
			}
		],
		'no-restricted-syntax': [
			'error',
			{
				selector: 'AssignmentPattern[left.name="catalogue"]',
				message: 'No default catalogue: the caller passes it (issue 16).'
			}
		]
	}
};

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	...layerRules,
	catalogueAsArgument,
	{ ignores: ['build/', '**/.svelte-kit/', 'node_modules/', 'reports/', 'test-results/'] }
);
