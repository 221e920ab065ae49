import type { Issue } from '../issue/issue.js';
import type { Log, ObjectStore } from '../ports.js';
import type { CompiledTemplates } from '../render/digest-templates.js';
import { renderDigest, type RenderedDigest, type RenderSettings } from '../render/render-digest.js';
import { fillSlots } from '../render/slots.js';
import { readFrozenIssueFile } from './frozen-issue-file.js';
import { issueKey } from './issue-layout.js';

export interface RenderStepOptions {
  issues: ObjectStore;
  issuePrefix: string;
  issue: Issue;
  templates: CompiledTemplates;
  settings: RenderSettings & { unsubscribeUrl: string };
  /** Subscriber CSV columns, so templates can use them. */
  columns?: readonly string[];
  log?: Log;
}

/**
 * Renders the issue and stores `rendered.json` (for the senders) and the
 * previews `digest.html` / `digest.txt`. Once sending has started the
 * stored rendering is kept, so a resumed send finishes with the same email.
 */
export async function renderStep(options: RenderStepOptions): Promise<{ rendered: RenderedDigest; reused: boolean }> {
  const key = issueKey(options.issuePrefix, 'rendered');
  const frozen = await readFrozenIssueFile<RenderedDigest>(options.issues, options.issuePrefix, key, options.log);
  if (frozen) return { rendered: frozen, reused: true };
  const rendered = await renderDigest(options.issue, options.templates, options.settings, { columns: options.columns });
  const preview = (text: string) =>
    fillSlots(text, rendered.slots, (name) =>
      name === 'unsubscribeUrl' ? options.settings.unsubscribeUrl : name === 'email' ? 'subscriber@example.com' : name === 'name' ? 'Subscriber' : '',
    );
  await options.issues.put(key, JSON.stringify(rendered), { contentType: 'application/json' });
  await options.issues.put(issueKey(options.issuePrefix, 'html'), preview(rendered.html), { contentType: 'text/html; charset=utf-8' });
  await options.issues.put(issueKey(options.issuePrefix, 'text'), preview(rendered.text), { contentType: 'text/plain; charset=utf-8' });
  options.log?.info('issue rendered', { bytes: rendered.bytes, budgetBytes: rendered.budgetBytes, trimmed: rendered.trimmed });
  return { rendered, reused: false };
}
