import { execFileSync } from 'node:child_process';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, type AssetStaging, Stack } from 'aws-cdk-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleFiles, filesReadOnImport, sourcesOf } from '../../cdk/bundling/bundle-files.js';
import { DigestFunction, type DigestFunctionName, PROJECT_ROOT } from '../../cdk/constructs/digest-function.js';
import { FUNCTION_SPECS } from '../../cdk/digest-stack.js';
import { createTestBucket, TEST_CREDENTIALS, testS3Client } from '../harness/aws.js';
import { inject } from 'vitest';

/**
 * Bundles every function for real, with the same construct and profile the
 * stack uses (local esbuild, no Docker), then checks what ends up in each
 * asset: size, no mjml in the send bundle, no TypeScript compiler in the
 * render bundle, none of the heavy packages on any cold start's path, the
 * templates shipped, and that the ESM bundle loads.
 */

const KB = 1024;
/** Upper bounds on all of a bundle's JavaScript (minified; the AWS SDK clients are bundled). Measured values are logged. */
const MAX_BYTES: Record<DigestFunctionName, number> = {
  collect: 3000 * KB,
  // mjml, plus the language detector's n-gram table (eld/extrasmall, ~0.95 MB).
  render: 5000 * KB,
  send: 1500 * KB,
  summarize: 1500 * KB,
  unsubscribe: 1500 * KB,
  feedback: 1500 * KB,
  signup: 1500 * KB,
};

/**
 * Packages a cold start must not read (bench:cold measures what that buys):
 * each is loaded with `import()` by the invocation that needs it, and sits
 * in a chunk of its own. Full zod is replaced by zod/mini everywhere.
 */
const LOADED_ON_FIRST_USE = ['mjml', 'mjml-core', 'handlebars', 'html-to-text', 'eld', 'linkedom', '@mozilla/readability', 'jschardet', 'marked', 'gray-matter', 'nodemailer'];

const outdir = mkdtempSync(join(tmpdir(), 'digest-bundles-'));
const app = new App({ outdir, builtinCloudFormationValidation: false });
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

const bundled = new Map<DigestFunctionName, string>();

/** Each function is bundled once per run; later tests reuse the staged asset. */
function bundle(name: DigestFunctionName): string {
  const staged = bundled.get(name);
  if (staged) return staged;
  const entry = join(PROJECT_ROOT, 'functions', `${name}.ts`);
  if (!existsSync(entry)) throw new Error(`functions/${name}.ts does not exist yet: nothing to bundle`);
  const stack = new Stack(app, `Bundle-${name}`);
  const fn = new DigestFunction(stack, 'Function', { name, environment: {}, ...FUNCTION_SPECS[name] });
  const staging = fn.node.findChild('Code').node.findChild('Stage') as AssetStaging;
  bundled.set(name, staging.absoluteStagedPath);
  return staging.absoluteStagedPath;
}

function loads(dir: string): string {
  // Node 20 here, Node 22 in Lambda: both load ESM the same way. Local configuration keeps
  // the cold-start checks happy without AWS; nothing is invoked.
  const script = `import(${JSON.stringify(pathToFileURL(join(dir, 'index.mjs')).href)}).then((m) => console.log(typeof m.handler))`;
  return execFileSync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', DIGEST_ENV: 'local', DIGEST_BUCKET: 'bundle-test', DIGEST_SUBSCRIBERS_TABLE: 'bundle-test', AWS_REGION: 'us-east-1', LAMBDA_TASK_ROOT: dir },
    encoding: 'utf8',
    timeout: 20_000,
  }).trim();
}

describe('function bundles', () => {
  for (const name of Object.keys(FUNCTION_SPECS) as DigestFunctionName[]) {
    it(`bundles functions/${name}.ts lean, as ESM that loads`, { timeout: 120_000 }, () => {
      const dir = bundle(name);
      const files = bundleFiles(dir);
      const code = files.map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
      const bytes = files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
      const onImport = filesReadOnImport(dir);
      const importBytes = onImport.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
      console.log(`[bundle] ${name}: ${files.length} files, ${(bytes / KB).toFixed(0)} KB; a cold start reads ${onImport.length} of them, ${(importBytes / KB).toFixed(0)} KB`);

      for (const file of files) {
        expect(existsSync(join(dir, `${file}.map`)), `source map of ${file} shipped`).toBe(true);
        // Every chunk may call `require`: each carries the banner.
        expect(readFileSync(join(dir, file), 'utf8').includes('__digestCreateRequire(import.meta.url)'), `createRequire banner in ${file}`).toBe(true);
      }
      expect(bytes).toBeLessThanOrEqual(MAX_BYTES[name]);
      const readOnImport = new Set(sourcesOf(dir, onImport).flatMap((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1] ?? []));
      expect(LOADED_ON_FIRST_USE.filter((pkg) => readOnImport.has(pkg)), 'heavy packages read at cold start').toEqual([]);
      expect([...readOnImport].filter((pkg) => pkg === 'zod' && sourcesOf(dir, onImport).some((source) => source.includes('zod/v4/classic'))), 'full zod').toEqual([]);
      if (name !== 'render') {
        // mjml's component names and its core package never reach the other functions.
        expect(code).not.toMatch(/mj-column|mjml-core/);
      }
      if (name === 'render') {
        // The TypeScript compiler stays external (htmlnano would pull in ≈ 5 MB) …
        expect(code).not.toContain('Debug Failure.');
        // … and the templates ship next to the bundle.
        expect(existsSync(join(dir, 'templates', 'digest.mjml.hbs'))).toBe(true);
      } else {
        expect(existsSync(join(dir, 'templates'))).toBe(false);
      }
      expect(loads(dir)).toBe('function');
    });
  }
});

describe('the bundled collect function', () => {
  it('extracts articles in its worker pool: the chunk holding the extractor re-enters itself as the extraction worker', { timeout: 120_000 }, async () => {
    const dir = bundle('collect');
    const s3 = testS3Client();
    const bucket = await createTestBucket(s3, 'bundled-collect');
    const paragraph = 'The city council approved forty kilometres of protected bike lanes on Tuesday night after a four-hour debate that filled the public gallery.';
    const page = `<!DOCTYPE html><html lang="en"><head><title>Council approves bike lanes</title></head><body><nav><a href="/">Home</a></nav>
<article><h1>Council approves bike lanes</h1><p>${paragraph}</p><p>${paragraph.replace('Tuesday', 'Wednesday')}</p></article></body></html>`;
    const nested = `<html><body>${'<div>'.repeat(2_000)}deep${'</div>'.repeat(2_000)}</body></html>`;
    for (const [name, body] of [['bike-lanes.html', page], ['nested.html', nested]]) {
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `articles/2026-11-26/${name}`, Body: body }));
    }

    const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(join(dir, 'index.mjs')).href)});
const result = await handler({ date: '2026-11-26', runId: 'bundle-test' });
console.log(JSON.stringify(result));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        DIGEST_ENV: 'local',
        DIGEST_BUCKET: bucket,
        DIGEST_S3_ENDPOINT: inject('s3Endpoint'),
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
        LAMBDA_TASK_ROOT: dir,
        POWERTOOLS_LOG_LEVEL: 'ERROR',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(JSON.parse(output.trim().split('\n').pop() ?? '{}')).toEqual(expect.objectContaining({ articleCount: 1, skippedCount: 1 }));

    const stored = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'issues/2026-11-26/issue.json' }));
    const issue = JSON.parse(await stored.Body!.transformToString());
    expect(issue.articles[0]).toEqual(expect.objectContaining({ file: 'bike-lanes.html', title: 'Council approves bike lanes' }));
    expect(issue.skipped).toEqual([{ file: 'nested.html', reason: 'the page nests elements more than 250 levels deep: refused before extraction' }]);
  });
});
