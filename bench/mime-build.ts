/**
 * Personalised raw MIME per second on one core: our builder (MailComposer
 * once per issue, then per-recipient assembly of pre-encoded pieces) against
 * the naive way (a template fill and a new MailComposer per message), on the
 * same rendered 20-article issue, in the same process.
 */
import { resolve } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { loadConfig } from '../functions/config/config.js';
import { toArticle } from '../functions/core/articles/load-articles.js';
import { createMessageFactory, escapeHtml } from '../functions/core/messages/build-messages.js';
import { createUnsubscribeToken, unsubscribeUrl } from '../functions/core/messages/unsubscribe-token.js';
import { compileTemplates } from '../functions/core/render/digest-templates.js';
import { renderDigest, type RenderedDigest } from '../functions/core/render/render-digest.js';
import { fillSlots } from '../functions/core/render/slots.js';
import type { Subscriber } from '../functions/core/subscribers/subscriber.js';

const ROOT = resolve(import.meta.dirname, '..');

export async function renderBenchIssue(articleCount = 20): Promise<RenderedDigest> {
  const config = loadConfig({ env: {} });
  const paragraph =
    'The council met on Tuesday to discuss the budget for next year. Several members raised concerns about the cost — “a bridge too far”, said one. ' +
    'Residents have asked for more frequent buses on the northern routes, and the mayor promised a decision before the end of the month.';
  const articles = Array.from({ length: articleCount }, (_, i) =>
    toArticle(`story-${i}.md`, {
      meta: { title: `Headline ${i}: what happened today in the city`, url: `https://news.example.com/${i}`, section: ['Local', 'World', 'Business'][i % 3], source: 'Example News' },
      paragraphs: [`${paragraph} Story ${i}.`, paragraph],
      captions: [],
    }),
  );
  return renderDigest({ date: '2026-11-26', articles }, await compileTemplates(resolve(ROOT, 'templates')), config, { columns: ['email', 'name'] });
}

export interface MimeBuildResult {
  htmlBytes: number;
  messageBytes: number;
  oursPerSecond: number;
  /** The same, per second of this process's CPU time: steadier than wall time on a shared machine. */
  oursPerCpuSecond: number;
  naivePerSecond: number;
  speedup: number;
  target: string;
  pass: boolean;
}

export async function measureMimeBuild(count = 10_000): Promise<MimeBuildResult> {
  const config = loadConfig({ env: {} });
  const settings = { ...config, hmacSecret: config.hmacSecret ?? '' };
  const rendered = await renderBenchIssue();
  const recipients: Subscriber[] = Array.from({ length: count }, (_, i) => ({ email: `reader${i}@bench.example.com`, name: `Reader ${i}`, fields: {} }));
  const build = await createMessageFactory(rendered, settings);

  // Warm up until the JIT has settled: steady-state throughput is what a long send sees.
  for (let i = 0; i < 3_000; i += 1) build(recipients[i % recipients.length]!);
  let bytes = 0;
  const oursStart = performance.now();
  const oursCpu = process.cpuUsage();
  for (const recipient of recipients) bytes += build(recipient).raw.length;
  const oursCpuUsed = process.cpuUsage(oursCpu);
  const oursSeconds = (performance.now() - oursStart) / 1000;
  const oursCpuSeconds = (oursCpuUsed.user + oursCpuUsed.system) / 1e6;

  // The naive builder: per recipient, fill the slots and compose the whole MIME again.
  const naive = async (subscriber: Subscriber) => {
    const url = unsubscribeUrl(settings.unsubscribeUrl, createUnsubscribeToken(settings.hmacSecret, { listId: settings.listId, email: subscriber.email }));
    const value = (name: string) => (name === 'unsubscribeUrl' ? url : name === 'email' ? subscriber.email : subscriber.name);
    const composer = new MailComposer({
      from: settings.from,
      to: subscriber.email,
      subject: rendered.subject,
      text: fillSlots(rendered.text, rendered.slots, value),
      html: fillSlots(rendered.html, rendered.slots, (name) => escapeHtml(value(name))),
      headers: { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });
    return composer.compile().build();
  };
  const naiveCount = Math.min(count, 1_000);
  for (let i = 0; i < 50; i += 1) await naive(recipients[i]!);
  const naiveStart = performance.now();
  for (let i = 0; i < naiveCount; i += 1) await naive(recipients[i]!);
  const naiveSeconds = (performance.now() - naiveStart) / 1000;

  const oursPerSecond = count / oursSeconds;
  const naivePerSecond = naiveCount / naiveSeconds;
  return {
    htmlBytes: Buffer.byteLength(rendered.html),
    messageBytes: Math.round(bytes / count),
    oursPerSecond: Math.round(oursPerSecond),
    oursPerCpuSecond: Math.round(count / oursCpuSeconds),
    naivePerSecond: Math.round(naivePerSecond),
    speedup: Math.round((oursPerSecond / naivePerSecond) * 10) / 10,
    target: '>= 20000 messages/s on one core',
    pass: oursPerSecond >= 20_000,
  };
}
