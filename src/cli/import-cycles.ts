// `npm run cycles`: the circles of modules under src/ that import each other, directly or round
// about (type imports included: a reader still has to hold both). A module in a circle cannot be
// read or changed alone; a test keeps src/ free of them. Imports of a build's address
// (`?worker&url`) are not imports of its code and are left out.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { PROJECT_ROOT } from './project-root.ts';

/** The TypeScript modules under `dir`, by absolute path. */
function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? modules(path) : /\.(ts|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** What a module imports from `src/`: static, dynamic and re-exports, relative paths only. */
export function importsOf(file: string, code = readFileSync(file, 'utf8')): string[] {
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((match) => match[1]!);
  return specifiers.filter((specifier) => !specifier.includes('?') && /\.(ts|mts)$/.test(specifier)).map((specifier) => resolve(dirname(file), specifier));
}

/** Every circle of imports (Tarjan's strongly connected components of two or more modules, or one that imports itself). */
export function importCycles(root = join(PROJECT_ROOT, 'src')): string[][] {
  const files = modules(root);
  const known = new Set(files);
  const graph = new Map(files.map((file) => [file, importsOf(file).filter((target) => known.has(target))]));
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file)!) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || graph.get(file)!.includes(file)) cycles.push(component.map((path) => relative(PROJECT_ROOT, path)).sort());
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return cycles;
}

if (import.meta.main) {
  const cycles = importCycles();
  for (const cycle of cycles) console.log(`A circle of imports: ${cycle.join(' ⇄ ')}`);
  console.log(cycles.length ? `${cycles.length} circle(s) of imports under src/.` : 'No circle of imports under src/.');
  process.exitCode = cycles.length ? 1 : 0;
}
