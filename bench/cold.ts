/**
 * Cold start of every Lambda bundle against its own AWS SDK floor.
 *
 * Each function is bundled exactly as `cdk deploy` bundles it (the same
 * `DigestFunction` construct, profile and esbuild options). Its floor is a
 * bundle built with the same options from an entry that only constructs the
 * AWS SDK clients, with their commands, that the function's bundle contains
 * (read from its source maps), which is the least any function using those
 * clients can pay. Both are imported in fresh Node processes, interleaved so
 * that machine noise hits both alike, timed by wall clock and by CPU; the
 * ratio is what the target (≤ 1.2×) is about. Each function is also imported
 * followed by all its lazily loaded chunks: what its first invocation can add.
 *
 * Run: npm run bench:cold (BENCH_COLD_RUNS=15 imports each by default).
 * Writes bench/results/cold.json.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, type AssetStaging, Stack } from 'aws-cdk-lib';
import { build } from 'esbuild';
import { bundleFiles, filesReadOnImport, sourcesOf } from '../cdk/bundling/bundle-files.js';
import { DigestFunction, type DigestFunctionName, esbuildOptions } from '../cdk/constructs/digest-function.js';
import { FUNCTION_SPECS } from '../cdk/digest-stack.js';

const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 15);
const ROOT = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'digest-cold-'));
const app = new App({ outdir: join(work, 'cdk.out'), builtinCloudFormationValidation: false });

/** The environment a deployed function starts with, minus AWS credentials: nothing is invoked. */
const LAMBDA_ENV = { DIGEST_ENV: 'local', DIGEST_BUCKET: 'bench-cold', DIGEST_SUBSCRIBERS_TABLE: 'bench-cold', AWS_REGION: 'us-east-1' };

/**
 * The function's asset as `cdk deploy` stages it, copied to a folder named like
 * its floor's: Node's loader takes measurably longer (≈ 4 ms here) under the
 * 70-character `asset.<hash>` name than under a short one such as `/var/task`.
 */
function bundleFunction(name: DigestFunctionName): string {
  const stack = new Stack(app, `Cold-${name}`);
  const fn = new DigestFunction(stack, 'Function', { name, environment: {}, ...FUNCTION_SPECS[name] });
  const staged = (fn.node.findChild('Code').node.findChild('Stage') as AssetStaging).absoluteStagedPath;
  const dir = join(work, `function-${name}`);
  cpSync(staged, dir, { recursive: true });
  return dir;
}

/** `@aws-sdk/client-*` packages, with the commands of each, whose code the bundle holds (entry or chunks), from the source maps. */
function sdkClientsIn(dir: string): Map<string, string[]> {
  const sources = sourcesOf(dir, bundleFiles(dir));
  const clients = new Map<string, Set<string>>();
  for (const source of sources) {
    const match = /node_modules\/@aws-sdk\/(client-[a-z0-9-]+)\/(?:dist-es\/commands\/([A-Za-z]+Command)\.js)?/.exec(source);
    if (!match?.[1]) continue;
    const commands = clients.get(match[1]) ?? new Set<string>();
    if (match[2]) commands.add(match[2]);
    clients.set(match[1], commands);
  }
  return new Map([...clients].sort(([a], [b]) => a.localeCompare(b)).map(([client, commands]) => [client, [...commands].sort()]));
}

/** The client class a package exports (`S3Client`, `DynamoDBClient`, `SESClient`): its casing can't be derived from the package name. */
async function clientClassName(client: string): Promise<string> {
  const exports = Object.keys(await import(`@aws-sdk/${client}`));
  const found = exports.find((key) => /^[A-Z][A-Za-z0-9]*Client$/.test(key));
  if (!found) throw new Error(`@aws-sdk/${client} exports no client class`);
  return found;
}

/** A bundle that constructs one client of each package at load, as our handlers do, with the same commands, and nothing else. */
async function bundleFloor(name: string, clients: Map<string, string[]>): Promise<string> {
  const dir = join(work, `floor-${name}`);
  mkdirSync(dir, { recursive: true });
  const entry = join(ROOT, 'bench', `.cold-floor-${name}.ts`);
  const clientClassNames = new Map(await Promise.all([...clients.keys()].map(async (client) => [client, await clientClassName(client)] as const)));
  const lines = [...clients].map(([client, commands], i) => {
    const className = clientClassNames.get(client)!;
    const imports = [`${className} as C${i}`, ...commands.map((command) => `${command} as C${i}_${command}`)];
    return `import { ${imports.join(', ')} } from '@aws-sdk/${client}';\nexport const c${i} = new C${i}({});\nexport const c${i}Commands = [${commands.map((command) => `C${i}_${command}`).join(', ')}];`;
  });
  writeFileSync(entry, `${lines.join('\n')}\nexport const handler = async () => ${clients.size};\n`);
  try {
    // The functions' own options object (code splitting included), so floor and function can only differ in their code.
    await build({ ...esbuildOptions('plain'), entryPoints: { index: entry }, outdir: dir, absWorkingDir: ROOT });
  } finally {
    rmSync(entry, { force: true });
  }
  return dir;
}

/**
 * Milliseconds to import the bundle in a fresh process (Node's own start-up
 * excluded): wall clock, and the CPU time the process spent on it. On a
 * shared machine the wall clock mostly measures the queue for a core; the
 * CPU time is the work the import does, which is what a dedicated Lambda
 * vCPU turns into wall clock. With `everything`, the import is followed by
 * every chunk the handler loads lazily: the most a first invocation can add.
 */
function coldImport(dir: string, everything = false): { wallMs: number; cpuMs: number } {
  const url = pathToFileURL(join(dir, 'index.mjs')).href;
  const rest = everything ? bundleFiles(dir).filter((file) => file !== 'index.mjs').map((file) => pathToFileURL(join(dir, file)).href) : [];
  const script = [
    'const t = performance.now(); const c = process.cpuUsage();',
    `const m = await import(${JSON.stringify(url)}); if (typeof m.handler !== 'function') throw new Error('no handler');`,
    `for (const chunk of ${JSON.stringify(rest)}) await import(chunk);`,
    'const u = process.cpuUsage(c); console.log(JSON.stringify({ wallMs: performance.now() - t, cpuMs: (u.user + u.system) / 1000 }));',
  ].join('\n');
  const out = execFileSync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', ...LAMBDA_ENV, LAMBDA_TASK_ROOT: dir },
    encoding: 'utf8',
    timeout: 30_000,
    // The SDK's Node 20 end-of-support warning goes to stderr; it is noise here.
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as { wallMs: number; cpuMs: number };
}

/** Kilobytes of all the bundle's JavaScript, and of the part an import reads. */
function bundleSizes(dir: string): { totalKb: number; importKb: number } {
  const kb = (files: string[]) => Math.round(files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0) / 1024);
  return { totalKb: kb(bundleFiles(dir)), importKb: kb(filesReadOnImport(dir)) };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

interface ColdResult {
  /** All JavaScript in the asset (entry, chunks). */
  bundleKb: number;
  /** What an import reads: the entry and its static chunks. */
  importKb: number;
  floorImportKb: number;
  sdkClients: string[];
  /** Median wall-clock import, the function's and its floor's, and their ratio (the target). */
  medianMs: number;
  floorMs: number;
  ratio: number;
  /** The same in CPU time: steadier than the wall clock when other work shares the machine. */
  cpuMs: number;
  floorCpuMs: number;
  cpuRatio: number;
  /** Import plus every lazily loaded chunk, wall clock and CPU: an upper bound on what the first invocation adds. */
  withAllChunksMs: number;
  withAllChunksCpuMs: number;
}

const results: Record<string, ColdResult> = {};
for (const name of Object.keys(FUNCTION_SPECS) as DigestFunctionName[]) {
  const dir = bundleFunction(name);
  const clients = sdkClientsIn(dir);
  const floorDir = await bundleFloor(name, clients);
  const own: Array<{ wallMs: number; cpuMs: number }> = [];
  const floor: Array<{ wallMs: number; cpuMs: number }> = [];
  const all: Array<{ wallMs: number; cpuMs: number }> = [];
  coldImport(dir, true); // the first import after a build also warms the page cache: not a cold start we measure
  coldImport(floorDir);
  for (let run = 0; run < RUNS; run++) {
    own.push(coldImport(dir));
    floor.push(coldImport(floorDir));
    all.push(coldImport(dir, true));
  }
  const medianMs = median(own.map((run) => run.wallMs));
  const floorMs = median(floor.map((run) => run.wallMs));
  const cpuMs = median(own.map((run) => run.cpuMs));
  const floorCpuMs = median(floor.map((run) => run.cpuMs));
  const sizes = bundleSizes(dir);
  const result: ColdResult = {
    bundleKb: sizes.totalKb,
    importKb: sizes.importKb,
    floorImportKb: bundleSizes(floorDir).importKb,
    sdkClients: [...clients].map(([client, commands]) => `${client} (${commands.join(', ')})`),
    medianMs: Math.round(medianMs),
    floorMs: Math.round(floorMs),
    ratio: Number((medianMs / floorMs).toFixed(2)),
    cpuMs: Math.round(cpuMs),
    floorCpuMs: Math.round(floorCpuMs),
    cpuRatio: Number((cpuMs / floorCpuMs).toFixed(2)),
    withAllChunksMs: Math.round(median(all.map((run) => run.wallMs))),
    withAllChunksCpuMs: Math.round(median(all.map((run) => run.cpuMs))),
  };
  results[name] = result;
  console.log(
    `${name.padEnd(12)} ${String(result.bundleKb).padStart(5)} KB, import reads ${String(result.importKb).padStart(4)} KB (floor ${result.floorImportKb} KB)  wall ${String(result.medianMs).padStart(4)} ms / floor ${String(result.floorMs).padStart(4)} ms = ×${result.ratio}  cpu ${result.cpuMs} / ${result.floorCpuMs} ms = ×${result.cpuRatio}  with all chunks ${result.withAllChunksMs} ms (cpu ${result.withAllChunksCpuMs})`,
  );
}

mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench', 'results', 'cold.json'),
  `${JSON.stringify({ node: process.version, runs: RUNS, target: 'ratio ≤ 1.2', functions: results }, null, 2)}\n`,
);
rmSync(work, { recursive: true, force: true });
