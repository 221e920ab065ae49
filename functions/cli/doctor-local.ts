import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { FileSubscriberStore } from '../adapters/file-subscriber-store.js';
import type { DigestConfig } from '../config/config.js';
import { isPlaceholderDomain, parseMailbox } from '../config/mailbox.js';
import { errorMessage } from '../core/errors.js';
import { parseSubscribers } from '../core/subscribers/parse-subscribers.js';
import type { DoctorCheck } from './doctor-checks.js';
import { latestDateFolder, readSubscriberFile, requireDirectory } from './local-paths.js';

/**
 * `digest doctor` without `--stack`: what `digest run` would trip over on
 * this machine, found without rendering or sending anything: the
 * configuration, the articles folder, the subscriber list.
 */

export interface LocalDoctorOptions {
  articles: string;
  subscribers?: string;
  out: string;
}

export async function localChecks(options: LocalDoctorOptions, load: () => DigestConfig): Promise<DoctorCheck[]> {
  return [configCheck(load), await articlesCheck(options.articles), await subscribersCheck(options)];
}

function configCheck(load: () => DigestConfig): DoctorCheck {
  let config: DigestConfig;
  try {
    config = load();
  } catch (error) {
    return { id: 'config', status: 'fail', summary: errorMessage(error), fix: 'correct the named setting: its environment variable, or the key in the DIGEST_CONFIG_FILE JSON' };
  }
  const from = parseMailbox(config.from);
  if (typeof from !== 'string' && isPlaceholderDomain(from.domain)) {
    return {
      id: 'config',
      status: 'warn',
      summary: `the From ${config.from} uses a placeholder domain: fine for local outboxes, refused for sending through SES`,
      fix: 'set DIGEST_FROM to your SES-verified sender, e.g. DIGEST_FROM="Daily Digest <digest@your.domain>"',
    };
  }
  return { id: 'config', status: 'ok', summary: `valid: From ${config.from}, list ${config.listId}, ${config.testRecipients.length} test recipients` };
}

async function articlesCheck(articles: string): Promise<DoctorCheck> {
  let day: string;
  try {
    await requireDirectory(articles, 'Articles');
    day = await latestDateFolder(articles);
  } catch (error) {
    return { id: 'articles', status: 'fail', summary: errorMessage(error), fix: '--articles DIR: a folder holding one YYYY-MM-DD folder of article files per day (see "Input formats" in the README)' };
  }
  const files = (await readdir(join(articles, day), { withFileTypes: true })).filter((entry) => entry.isFile() && !entry.name.startsWith('.'));
  if (files.length === 0) {
    return { id: 'articles', status: 'warn', summary: `the newest day folder ${join(articles, day)} holds no article file: that day sends nothing`, fix: `add the day's articles (Markdown, HTML or text) to ${join(articles, day)}` };
  }
  return { id: 'articles', status: 'ok', summary: `newest day ${day}: ${files.length} article file${files.length === 1 ? '' : 's'} in ${articles}` };
}

async function subscribersCheck(options: LocalDoctorOptions): Promise<DoctorCheck> {
  if (!options.subscribers) {
    const store = new FileSubscriberStore(resolve(options.out));
    let confirmed = 0;
    try {
      for await (const _subscriber of store.scanConfirmedRecipients()) confirmed += 1;
    } catch (error) {
      return { id: 'subscribers', status: 'fail', summary: `the subscriber store ${store.location} cannot be read: ${errorMessage(error)}`, fix: 'restore the named record from a backup, or remove it and import the subscriber again' };
    }
    if (confirmed === 0) {
      return {
        id: 'subscribers',
        status: 'warn',
        summary: `the subscriber store ${store.location} has no confirmed subscriber: digest run without --subscribers refuses to send`,
        fix: 'npm run digest -- subscribers import FILE, or pass --subscribers FILE for one run',
      };
    }
    return { id: 'subscribers', status: 'ok', summary: `${confirmed} confirmed subscriber${confirmed === 1 ? '' : 's'} in ${store.location} (suppressions are subtracted when a run freezes the list)` };
  }
  let list;
  try {
    list = parseSubscribers(await readSubscriberFile(options.subscribers));
  } catch (error) {
    return { id: 'subscribers', status: 'fail', summary: errorMessage(error), fix: `--subscribers FILE: a CSV with an email column` };
  }
  if (list.valid.length === 0) {
    return { id: 'subscribers', status: 'fail', summary: `${options.subscribers} holds no usable address (${list.rejected.length} rows rejected)`, fix: 'a CSV with an email column and one address per row' };
  }
  if (list.rejected.length > 0) {
    const first = list.rejected.slice(0, 3).map((row) => `line ${row.line}: ${row.reason}`).join('; ');
    return {
      id: 'subscribers',
      status: 'warn',
      summary: `${list.valid.length} subscribers in ${options.subscribers}, ${list.rejected.length} rows rejected (${first}${list.rejected.length > 3 ? '; …' : ''})`,
      fix: `correct or remove the rejected rows in ${options.subscribers}; the run skips them`,
    };
  }
  return { id: 'subscribers', status: 'ok', summary: `${list.valid.length} subscribers in ${options.subscribers}` };
}
