import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What a bundled function asset holds (see `esbuildOptions` in
 * cdk/constructs/digest-function.ts): `index.mjs` and the chunks beside it.
 * bench/cold.ts and tests/cdk/bundles.test.ts read assets through these.
 */

/** The JavaScript files of a bundled asset (entry and chunks), relative to it. */
export function bundleFiles(dir: string): string[] {
  return readdirSync(dir, { encoding: 'utf8' })
    .filter((file) => file.endsWith('.mjs'))
    .sort();
}

/**
 * The files a cold start reads: `index.mjs` and the chunks it imports
 * statically, transitively. Chunks reached only through `import()` are left
 * for the first invocation that needs them.
 */
export function filesReadOnImport(dir: string): string[] {
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    // Minified static imports: `import{a as b}from"./chunk-X.mjs"` or `import"./chunk-X.mjs"`; `import("./x.mjs")` is lazy.
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+\.mjs)"/g)) visit(match[1]!);
  };
  visit('index.mjs');
  return [...loaded].sort();
}

/** The source files (`node_modules/mjml-core/…`, `functions/…`) whose code the given bundle files hold, from their source maps. */
export function sourcesOf(dir: string, files: readonly string[]): string[] {
  return files.flatMap((file) => (JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8')) as { sources: string[] }).sources);
}
