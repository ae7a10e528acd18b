// The README's test command: static checks, then Vitest and Playwright, then one
// plain closing line "N passed, N failed" summed from both runners' JSON reports
// (CI reads that line; it does not read either runner's own summary).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
mkdirSync('reports', { recursive: true });
for (const f of ['reports/vitest.json', 'reports/playwright.json']) rmSync(f, { force: true });

const steps = [];
steps.push(['svelte-check', run('npm', ['run', '--silent', 'check'])]);
steps.push(['lint', run('npm', ['run', '--silent', 'lint'])]);
steps.push([
	'vitest',
	run('npx', [
		'vitest',
		'run',
		'--reporter=default',
		'--reporter=json',
		'--outputFile=reports/vitest.json'
	])
]);
steps.push(['playwright', run('npx', ['playwright', 'test'])]);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync('reports/vitest.json')) {
	const v = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
	passed += v.numPassedTests ?? 0;
	failed += v.numFailedTests ?? 0;
	skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
} else failed += 1;
if (existsSync('reports/playwright.json')) {
	const p = JSON.parse(readFileSync('reports/playwright.json', 'utf8'));
	passed += p.stats?.expected ?? 0;
	failed += (p.stats?.unexpected ?? 0) + (p.stats?.flaky ?? 0);
	skipped += p.stats?.skipped ?? 0;
} else failed += 1;

const broken = steps.filter(([, code]) => code !== 0).map(([name]) => name);
if (broken.length) console.log(`\nSteps that failed: ${broken.join(', ')}`);
// A failed static check counts as a failure even when every test passed.
const staticFailures = broken.filter((n) => n === 'svelte-check' || n === 'lint').length;
console.log(
	`\n${passed} passed, ${failed + staticFailures} failed${skipped ? `, ${skipped} skipped` : ''}`
);
process.exit(broken.length ? 1 : 0);
