import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The import graph of src/lib, read from the source text (no bundler): relative
 * and `$lib/` imports of .ts and .svelte files, static, re-exports and dynamic.
 * Each edge says whether it is type-only (`import type`, or every name marked
 * `type`): those are erased by the compiler, so they never load a module.
 */

export const ROOT = resolve(import.meta.dirname, '..');
const LIB = join(ROOT, 'src/lib');

export interface Edge {
	readonly to: string;
	readonly typeOnly: boolean;
	/** `import('…')`: loaded when asked, not with the importer. */
	readonly dynamic?: boolean;
}

/** Files by path relative to the repository root, e.g. `src/lib/resync/engine.ts`. */
export type Graph = ReadonlyMap<string, readonly Edge[]>;

function walk(dir: string, out: string[]): string[] {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) walk(path, out);
		else if (/\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name)) out.push(path);
	}
	return out;
}

function scriptOf(path: string): string {
	const text = readFileSync(path, 'utf8');
	if (!path.endsWith('.svelte')) return text;
	return [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

function resolveSpecifier(from: string, spec: string): string | null {
	let base: string;
	if (spec.startsWith('$lib/') || spec === '$lib') base = join(LIB, spec.slice(4));
	else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
	else return null; // a package or a virtual module: outside the graph
	const tries = [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')];
	if (base.endsWith('.js')) tries.push(base.replace(/\.js$/, '.ts'));
	for (const t of tries) if (existsSync(t) && statSync(t).isFile()) return t;
	return null; // .json and other assets are leaves
}

function isTypeOnly(clause: string): boolean {
	const c = clause.trim();
	if (/^type\s/.test(c)) return true;
	const names = /\{([^}]*)\}/.exec(c);
	if (!names || /^[\w$]+\s*,/.test(c) || /^\*/.test(c)) return false;
	const parts = names[1]!
		.split(',')
		.map((p) => p.trim())
		.filter(Boolean);
	return parts.length > 0 && parts.every((p) => /^type\s/.test(p));
}

const STATIC = /(?:^|[\s;])(import|export)\s+([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
const BARE = /(?:^|[\s;])import\s*['"]([^'"]+)['"]/g;
const DYNAMIC = /import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The edges out of one file. */
export function importsOf(path: string): Edge[] {
	const code = scriptOf(path)
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
	const edges: Edge[] = [];
	const add = (spec: string, typeOnly: boolean, dynamic = false) => {
		const to = resolveSpecifier(path, spec);
		if (to) edges.push({ to: relative(ROOT, to), typeOnly, ...(dynamic ? { dynamic } : {}) });
	};
	for (const m of code.matchAll(STATIC)) add(m[3]!, isTypeOnly(m[2]!));
	for (const m of code.matchAll(BARE)) add(m[1]!, false);
	for (const m of code.matchAll(DYNAMIC)) add(m[1]!, false, true);
	return edges;
}

export function libGraph(): Graph {
	const graph = new Map<string, Edge[]>();
	for (const file of walk(LIB, [])) graph.set(relative(ROOT, file), importsOf(file));
	return graph;
}

/**
 * Every file `start` loads at run time (type-only edges skipped), `start`
 * included; with `staticOnly`, only what loads with it (dynamic imports skipped).
 */
export function reachable(graph: Graph, start: string, staticOnly = false): Set<string> {
	const seen = new Set<string>([start]);
	const todo = [start];
	for (let f = todo.pop(); f !== undefined; f = todo.pop()) {
		for (const e of graph.get(f) ?? []) {
			if (e.typeOnly || (staticOnly && e.dynamic) || seen.has(e.to)) continue;
			seen.add(e.to);
			todo.push(e.to);
		}
	}
	return seen;
}

/**
 * The graph's cycles, one per strongly connected component of two or more
 * files (or a file importing itself), each printed as a path that closes on
 * itself, e.g. `a.ts → b.ts → a.ts`. Files are sorted so the text is stable.
 */
export function cycles(graph: Graph, keep: (e: Edge) => boolean): string[] {
	const next = (f: string) =>
		[...new Set((graph.get(f) ?? []).filter(keep).map((e) => e.to))].sort();
	// Tarjan's strongly connected components.
	let index = 0;
	const idx = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const comps: string[][] = [];
	const visit = (v: string): void => {
		idx.set(v, index);
		low.set(v, index++);
		stack.push(v);
		onStack.add(v);
		for (const w of next(v)) {
			if (!idx.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v)!, low.get(w)!));
			} else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
		}
		if (low.get(v) === idx.get(v)) {
			const comp: string[] = [];
			let w: string;
			do {
				w = stack.pop()!;
				onStack.delete(w);
				comp.push(w);
			} while (w !== v);
			if (comp.length > 1 || next(v).includes(v)) comps.push(comp.sort());
		}
	};
	for (const v of [...graph.keys()].sort()) if (!idx.has(v)) visit(v);
	return comps.map((comp) => {
		// One closed walk through the component, from its first file.
		const inComp = new Set(comp);
		const start = comp[0]!;
		const prev = new Map<string, string>();
		const queue = [start];
		let end: string | null = null;
		while (queue.length && end === null) {
			const f = queue.shift()!;
			for (const w of next(f).filter((x) => inComp.has(x))) {
				if (w === start) {
					end = f;
					break;
				}
				if (!prev.has(w)) {
					prev.set(w, f);
					queue.push(w);
				}
			}
		}
		const path = [start];
		for (let f = end!; f !== start; f = prev.get(f)!) path.splice(1, 0, f);
		const short = (p: string) => p.replace(/^src\/lib\//, '');
		return [...path, start].map(short).join(' → ') + ` (component: ${comp.map(short).join(', ')})`;
	});
}
