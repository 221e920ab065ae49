import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config/config.js';
import { startPreview, type StartedPreview } from '../../functions/cli/preview-command.js';
import { silentLog } from '../../functions/core/ports.js';
import { createTestBucket, emulatorConfig, SesControl, TEST_CREDENTIALS, testS3Client } from '../harness/aws.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DATE = '2026-11-26';

/** A scratch copy of the sample day, templates and list, so the test can edit them as an editor would. */
async function workspace() {
  const dir = await mkdtemp(join(tmpdir(), 'digest-preview-'));
  await cp(join(ROOT, 'examples/articles', DATE), join(dir, 'articles', DATE), { recursive: true });
  await cp(join(ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  await cp(join(ROOT, 'examples/subscribers.csv'), join(dir, 'subscribers.csv'));
  return {
    dir,
    articles: join(dir, 'articles'),
    day: join(dir, 'articles', DATE),
    templates: join(dir, 'templates'),
    subscribers: join(dir, 'subscribers.csv'),
    out: join(dir, 'out'),
  };
}

type Workspace = Awaited<ReturnType<typeof workspace>>;

/** Starts listening, then makes the change: the reload that follows is the change's. */
async function afterChange(preview: StartedPreview, change: () => Promise<void>) {
  const response = await fetch(new URL('events', preview.url));
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  await reader.read(); // the stream's hello: the subscription is live
  await change();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('event stream ended');
      buffer += value;
      const match = /event: reload\ndata: (.*)\n\n/.exec(buffer);
      if (match) return JSON.parse(match[1]!) as { version: number; error: string | null };
    }
  } finally {
    await reader.cancel();
  }
}

const page = async (preview: StartedPreview, path: string) => {
  const response = await fetch(new URL(path, preview.url));
  return { status: response.status, headers: response.headers, body: await response.text() };
};

describe('digest preview on local folders', () => {
  let ws: Workspace;
  let preview: StartedPreview;

  beforeAll(async () => {
    ws = await workspace();
    const config = loadConfig({ env: { DIGEST_TEST_RECIPIENTS: 'editor@example.org, second.editor@example.org' } });
    preview = await startPreview(
      { articles: ws.articles, subscribers: ws.subscribers, templates: ws.templates, out: ws.out, port: 0 },
      config,
      silentLog,
    );
  });

  afterAll(async () => {
    await preview?.close();
    if (ws) await rm(ws.dir, { recursive: true, force: true });
  });

  it('serves the page, the state, the email personalised for a picked subscriber, and its text part', async () => {
    const shell = await page(preview, '/');
    expect(shell.status).toBe(200);
    expect(shell.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(shell.body).toContain('id="frame-phone"');
    expect(shell.body).toContain('width="375"');
    expect(shell.body).toContain('width="700"');

    const state = JSON.parse((await page(preview, '/api/state?subscriber=grace@example.com')).body);
    expect(state.date).toBe(DATE);
    expect(state.error).toBeNull();
    expect(state.subject).toContain('City council approves');
    expect(state.preheader).toBeTruthy();
    expect(state.html.bytes).toBeGreaterThan(10_000);
    expect(state.html.budgetBytes).toBe(95_000);
    expect(state.subscribers.map((s: { email: string }) => s.email)).toContain('grace@example.com');
    expect(state.report.articles.skipped.map((s: { file: string }) => s.file)).toContain('empty-article.txt');
    expect(state.text).toContain('grace@example.com');
    expect(state.testRecipients).toEqual(['editor@example.org', 'second.editor@example.org']);

    const email = await page(preview, '/email.html?subscriber=grace@example.com');
    expect(email.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(email.body).toContain('grace@example.com');
    expect(email.body).toContain('/unsubscribe?token=');
    expect(email.body).toContain('View in browser');

    const sample = await page(preview, '/email.html');
    expect(sample.body).toContain('reader@example.com');
  });

  it('shows dark mode whatever the viewer\'s system setting, and light mode with the dark rules switched off', async () => {
    const dark = (await page(preview, '/email.html?scheme=dark')).body;
    const light = (await page(preview, '/email.html?scheme=light')).body;
    expect(dark).toMatch(/<style data-preview="dark">[^<]*background-color:\s*#0b1018/);
    expect(light).not.toContain('data-preview="dark"');
    expect(light).not.toMatch(/prefers-color-scheme:\s*dark/);
  });

  it('re-renders and tells the page to reload when an article changes', async () => {
    const before = await page(preview, '/email.html');
    const reload = await afterChange(preview, () =>
      writeFile(join(ws.day, 'late-breaking.md'), '---\ntitle: Harbour ferry returns after a decade\npriority: 9\n---\nThe ferry across the harbour runs again from Monday, ten years after the last crossing, with six sailings a day.\n'),
    );
    expect(reload.error).toBeNull();
    const after = await page(preview, '/email.html');
    expect(before.body).not.toContain('Harbour ferry returns');
    expect(after.body).toContain('Harbour ferry returns');
  });

  it('re-renders when a template changes', async () => {
    const footer = join(ws.templates, 'partials/footer.mjml.hbs');
    const original = await readFile(footer, 'utf8');
    await afterChange(preview, () => writeFile(footer, original.replace('{{postalAddress}}', 'Printed with care. {{postalAddress}}')));
    expect((await page(preview, '/email.html')).body).toContain('Printed with care.');
  });

  it('shows a broken template\'s error on the page, stays up, and recovers when it is fixed', async () => {
    const header = join(ws.templates, 'partials/header.mjml.hbs');
    const original = await readFile(header, 'utf8');
    const broken = await afterChange(preview, () => writeFile(header, `${original}\n{{#each sections}}unclosed`));
    expect(broken.error).toMatch(/header/);

    const state = JSON.parse((await page(preview, '/api/state')).body);
    expect(state.error.stage).toBe('templates');
    expect(state.error.message).toContain('header.mjml.hbs');
    const email = await page(preview, '/email.html');
    expect(email.status).toBe(200);
    expect(email.body).toContain('This issue does not render');
    expect(email.body).toContain('header.mjml.hbs');

    const fixed = await afterChange(preview, () => writeFile(header, original));
    expect(fixed.error).toBeNull();
    expect((await page(preview, '/email.html')).body).toContain('View in browser');
  });

  it('re-renders when the subscriber list changes', async () => {
    await afterChange(preview, async () => {
      const csv = await readFile(ws.subscribers, 'utf8');
      await writeFile(ws.subscribers, `${csv.trimEnd()}\nnew.reader@example.net,New Reader\n`);
    });
    const state = JSON.parse((await page(preview, '/api/state?subscriber=new.reader@example.net')).body);
    expect(state.subscribers.map((s: { email: string }) => s.email)).toContain('new.reader@example.net');
    expect(state.text).toContain('new.reader@example.net');
  });

  it('sends a test to the editors\' addresses into the test outbox, marked as a test, and writes none of the day\'s files', async () => {
    const token = /name="preview-token" content="([^"]+)"/.exec((await page(preview, '/')).body)![1]!;
    const response = await fetch(new URL('api/send-test', preview.url), { method: 'POST', headers: { 'content-type': 'application/json', 'x-preview-token': token }, body: '{}' });
    expect(response.status).toBe(200);
    const result = await response.json();
    expect(result.sent.map((s: { recipient: string }) => s.recipient)).toEqual(['editor@example.org', 'second.editor@example.org']);

    const outbox = join(ws.out, DATE, 'outbox-test');
    expect((await readdir(outbox)).sort()).toEqual(['editor@example.org.eml', 'second.editor@example.org.eml']);
    const mail = await simpleParser(await readFile(join(outbox, 'editor@example.org.eml')));
    expect(mail.subject).toMatch(/^\[TEST\] /);
    expect(mail.headers.get('x-digest-test')).toBe('yes');
    expect(mail.text).toContain('View in browser: https://digest.example.com/archive/2026-11-26/');
    // Nothing frozen, no ledger, no archive: only the test outbox exists.
    expect(await readdir(join(ws.out, DATE))).toEqual(['outbox-test']);
    expect(await readdir(ws.out)).toEqual([DATE]);
  });

  it('refuses requests for another host name and state changes without the page\'s token', async () => {
    // fetch() cannot set Host; a DNS-rebinding page's request arrives with its own host name.
    const foreign = await new Promise<number>((resolveStatus, reject) => {
      get(preview.url, { headers: { host: 'attacker.example' } }, (response) => {
        response.resume();
        resolveStatus(response.statusCode ?? 0);
      }).on('error', reject);
    });
    expect(foreign).toBe(421);
    for (const action of ['api/send-test', 'api/refresh']) {
      const forged = await fetch(new URL(action, preview.url), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
      expect(forged.status).toBe(403);
    }
  });
});

describe('digest preview --bucket: the cloud layout, read-only', () => {
  it('previews the day from S3 and sends a test through SES without writing to the bucket', async () => {
    // The preview builds its own clients from the default credential chain, as the CLI does.
    process.env.AWS_ACCESS_KEY_ID = TEST_CREDENTIALS.accessKeyId;
    process.env.AWS_SECRET_ACCESS_KEY = TEST_CREDENTIALS.secretAccessKey;
    const s3 = testS3Client();
    const bucket = await createTestBucket(s3, 'preview');
    const day = join(ROOT, 'examples/articles', DATE);
    for (const file of await readdir(day)) {
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `articles/${DATE}/${file}`, Body: await readFile(join(day, file)) }));
    }
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'subscribers/subscribers.csv', Body: await readFile(join(ROOT, 'examples/subscribers.csv')) }));
    const configurationSet = `preview-${bucket.slice(-8)}`;
    const ses = new SesControl(configurationSet);
    const config = emulatorConfig({ bucket, testRecipients: 'editor@example.org', sesConfigurationSet: configurationSet });
    const preview = await startPreview({ articles: 'unused', templates: join(ROOT, 'templates'), out: 'unused', port: 0, bucket, ses: true }, config, silentLog);
    try {
      expect(preview.date).toBe(DATE);
      const state = JSON.parse((await page(preview, '/api/state?subscriber=ada@example.com')).body);
      expect(state.error).toBeNull();
      expect(state.text).toContain('ada@example.com');
      const token = /name="preview-token" content="([^"]+)"/.exec((await page(preview, '/')).body)![1]!;
      const response = await fetch(new URL('api/send-test', preview.url), { method: 'POST', headers: { 'x-preview-token': token }, body: '{}' });
      expect(response.status).toBe(200);
      // An upload shows after Refresh: the bucket is not watched.
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `articles/${DATE}/late.md`, Body: '---\ntitle: Late story from the bucket\npriority: 9\n---\nA late story arrived in the bucket after the preview started, and the editor refreshed.\n' }));
      const refreshed = await fetch(new URL('api/refresh', preview.url), { method: 'POST', headers: { 'x-preview-token': token } });
      expect(refreshed.status).toBe(200);
      expect((await page(preview, '/email.html')).body).toContain('Late story from the bucket');
      const delivered = await ses.delivered();
      expect(delivered.map((d) => d.destinations).flat()).toEqual(['editor@example.org']);
      expect((await simpleParser(delivered[0]!.raw)).subject).toMatch(/^\[TEST\] /);
    } finally {
      await preview.close();
    }
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
    const keys = (listed.Contents ?? []).map((object) => object.Key!);
    expect(keys.filter((key) => !key.startsWith('articles/'))).toEqual(['subscribers/subscribers.csv']);
  });
});
