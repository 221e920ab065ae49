import type { Issue } from '../issue/issue.js';
import type { Log, ObjectStore } from '../ports.js';
import type { CompiledTemplates } from '../render/digest-templates.js';
import { renderDigest, type RenderedDigest, type RenderSettings } from '../render/render-digest.js';
import { fillSlots } from '../render/slots.js';
import type { SubscriberList } from '../subscribers/parse-subscribers.js';
import { articlesReport, htmlPart, readReport, writeReport } from './digest-report.js';
import { readFrozenIssueFile } from './frozen-issue-file.js';
import { issueKey } from '../../contracts/bucket-layout.js';
import { renderedFile } from '../../contracts/rendered-file.js';
import { freezeRecipients, readSnapshotRecord, type FreezeResult } from './recipients-snapshot.js';

export interface RenderStepOptions {
  issues: ObjectStore;
  issuePrefix: string;
  issue: Issue;
  templates: CompiledTemplates;
  settings: RenderSettings & { unsubscribeUrl: string };
  /** The current subscriber list: its columns reach the templates; a real send freezes it. */
  subscribers: SubscriberList;
  /**
   * A real send: freeze the list (unless frozen already) into slices of
   * `sliceRows(list size)` rows (see `sliceRowsFor`) and record the report's
   * subscriber part. Absent for a test send, which freezes nothing and leaves
   * the day's report alone.
   */
  freeze?: { sliceRows: (recipients: number) => number };
  runId: string;
  now: Date;
  log?: Log;
}

export interface RenderStepResult {
  rendered: RenderedDigest;
  /** True when sending had already started, so the stored rendering was kept. */
  reused: boolean;
  /** The frozen list and its slice manifest (real sends only). */
  frozen: FreezeResult | null;
}

/**
 * The Render state: renders the issue into `rendered.json` (what the send
 * workers personalise) and the previews `digest.html` / `digest.txt`, then,
 * for a real send, freezes the recipients and cuts the slice manifest the
 * Distributed Map iterates. Once sending has started the stored rendering
 * and the frozen list are kept, so a resumed send finishes with the same
 * email to the same people.
 */
export async function renderStep(options: RenderStepOptions): Promise<RenderStepResult> {
  const { issues, issuePrefix, subscribers, log } = options;
  // The templates see the columns of the list the issue goes to: the frozen one when there is one.
  const frozenBefore = await readSnapshotRecord(issues, issuePrefix);
  const columns = frozenBefore?.columns ?? subscribers.columns;

  const key = issueKey(issuePrefix, 'rendered');
  const stored = await readFrozenIssueFile(issues, issuePrefix, key, renderedFile, log);
  const rendered = stored ?? (await renderDigest(options.issue, options.templates, options.settings, { columns }));
  if (!stored) {
    const preview = (text: string) =>
      fillSlots(text, rendered.slots, (name) =>
        name === 'unsubscribeUrl' ? options.settings.unsubscribeUrl : name === 'email' ? 'subscriber@example.com' : name === 'name' ? 'Subscriber' : '',
      );
    await issues.put(key, JSON.stringify(rendered), { contentType: 'application/json' });
    await issues.put(issueKey(issuePrefix, 'html'), preview(rendered.html), { contentType: 'text/html; charset=utf-8' });
    await issues.put(issueKey(issuePrefix, 'text'), preview(rendered.text), { contentType: 'text/plain; charset=utf-8' });
    log?.info('Issue rendered', { bytes: rendered.bytes, budgetBytes: rendered.budgetBytes, trimmed: rendered.trimmed });
  }
  if (!options.freeze) return { rendered, reused: stored !== null, frozen: null };

  const sliceRows = options.freeze.sliceRows(subscribers.valid.length);
  const frozen = await freezeRecipients({ store: issues, issuePrefix, list: subscribers, sliceRows, now: options.now });
  const { snapshot, changes } = frozen;
  if (frozen.reused) log?.info('Using the recipients frozen when sending started', { recipients: snapshot.rows, ...changes });
  else log?.info('Recipients frozen', { recipients: snapshot.rows, slices: snapshot.slices, sliceRows: snapshot.sliceRows });

  const report =
    (await readReport(issues, issuePrefix)) ?? articlesReport(options.issue, options.runId, options.now, options.settings.sizeBudgetBytes, null);
  await writeReport(issues, issuePrefix, {
    ...report,
    runId: options.runId,
    generatedAt: options.now.toISOString(),
    html: htmlPart(rendered),
    subscribers: {
      valid: snapshot.rows,
      rejected: subscribers.rejected,
      duplicates: subscribers.duplicates,
      changedSinceFrozen: frozen.reused ? changes : null,
    },
  });
  return { rendered, reused: stored !== null, frozen };
}
