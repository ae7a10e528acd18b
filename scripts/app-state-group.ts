import { join, relative } from 'node:path';
import { importsOf, libGraph, reachable, ROOT } from './import-graph';

/*
 * The build's `app-state` chunk (vite.config.ts): the modules of src/lib that the root layout
 * loads with it on every page, read from the import graph so a module the layout starts to need
 * joins the chunk without anyone keeping a list. Small modules most pages share besides are
 * named below; each on its own would be a request of a few hundred bytes.
 */

const LAYOUTS = ['src/routes/+layout.svelte', 'src/routes/+layout.ts'];
const SHARED_BY_PAGES = [
	'src/lib/components/format-date.ts',
	'src/lib/components/hydration.svelte.ts',
	'src/lib/components/connect/last-scenario.ts'
];

/** Repository-relative paths of the chunk's modules. */
export function appStateModules(): Set<string> {
	const graph = new Map(libGraph());
	for (const layout of LAYOUTS) graph.set(layout, importsOf(join(ROOT, layout)));
	const modules = new Set(SHARED_BY_PAGES);
	for (const layout of LAYOUTS) {
		for (const file of reachable(graph, layout, true)) {
			if (file.startsWith('src/lib/') && file.endsWith('.ts')) modules.add(file);
		}
	}
	return modules;
}

/** The bundler's test: is module `id` (an absolute path, maybe with a query) in the chunk? */
export function inAppState(modules: ReadonlySet<string>, id: string): boolean {
	return modules.has(relative(ROOT, id.split('?')[0]!));
}
