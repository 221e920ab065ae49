import { CfnElement, Stack } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DigestStack } from '../../cdk/digest-stack.js';
import { loadConfig } from '../../functions/config/config.js';
import { ENV } from '../../functions/config/env-names.js';
import { articlesPrefix, BUCKET_PREFIXES, issueKey, issuePrefix } from '../../functions/contracts/bucket-layout.js';
import { checkContract } from '../../functions/contracts/contract-schema.js';
import { sliceManifestFile } from '../../functions/contracts/step-files.js';
import { MemoryStore } from '../../functions/core/memory-store.js';
import type { ObjectStore, PutOptions, StoredObject } from '../../functions/core/ports.js';
import type { SubscriberStore } from '../../functions/core/subscribers/subscriber-store.js';
import { addSuppression } from '../../functions/core/suppressions.js';
import { createCollectHandler } from '../../functions/lambda/collect.js';
import type { LambdaContext, RunLogger } from '../../functions/lambda/lambda-context.js';
import { createRenderHandler, defaultTemplatesDir } from '../../functions/lambda/render.js';
import { createSendHandler } from '../../functions/lambda/send.js';
import { createSummarizeHandler } from '../../functions/lambda/summarize.js';
import { flatten, type Grant, roleGrants, synthesize } from './support.js';

/**
 * The proof that the stack's grants and the functions' keys come from one
 * layout (functions/contracts/bucket-layout.ts): the real handlers run a
 * whole day (collect, render and freeze, send every slice, summarize) on a
 * store that records every key each one touched, and every one of those
 * accesses must be allowed to that function by the synthesized template.
 * A prefix changed on one side only fails here, before any deploy.
 */

type S3Action = 's3:GetObject' | 's3:PutObject' | 's3:ListBucket';
interface Access {
  action: S3Action;
  /** The object key, or the listed prefix for ListBucket. */
  key: string;
}

/** An ObjectStore that notes each S3 call it would make, as the IAM action it needs. */
class RecordingStore implements ObjectStore {
  readonly accesses: Access[] = [];
  constructor(private readonly inner: ObjectStore) {}
  list(prefix: string): AsyncIterable<StoredObject> {
    this.accesses.push({ action: 's3:ListBucket', key: prefix });
    return this.inner.list(prefix);
  }
  get(key: string): Promise<Buffer | null> {
    this.accesses.push({ action: 's3:GetObject', key });
    return this.inner.get(key);
  }
  getRange(key: string, start: number, end: number): Promise<Buffer | null> {
    this.accesses.push({ action: 's3:GetObject', key });
    return this.inner.getRange(key, start, end);
  }
  put(key: string, body: Buffer | string, options?: PutOptions): Promise<void> {
    this.accesses.push({ action: 's3:PutObject', key });
    return this.inner.put(key, body, options);
  }
  putIfAbsent(key: string, body: Buffer | string, options?: PutOptions): Promise<boolean> {
    this.accesses.push({ action: 's3:PutObject', key });
    return this.inner.putIfAbsent(key, body, options);
  }
  delete(key: string): Promise<void> {
    throw new Error(`no function deletes ${key} during a run`);
  }
  locate(key: string): string {
    return this.inner.locate(key);
  }
}

function logicalId(construct: IConstruct): string {
  const element = construct.node.defaultChild ?? construct;
  if (!(element instanceof CfnElement)) throw new Error(`${construct.node.path} has no CloudFormation resource`);
  return String(Stack.of(construct).resolve(element.logicalId));
}

const glob = (pattern: string) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

/** Whether the grants let the role make this call: object actions by ARN pattern, listing by bucket and `s3:prefix`. */
function allows(grants: Grant[], bucketArn: string, access: Access): boolean {
  return grants.some((grant) => {
    if (!grant.actions.includes(access.action)) return false;
    if (access.action === 's3:ListBucket') {
      if (!grant.resources.includes(bucketArn)) return false;
      const prefixes = (grant.conditions as { StringLike?: { 's3:prefix'?: string[] } } | undefined)?.StringLike?.['s3:prefix'];
      return !prefixes || prefixes.some((pattern) => glob(pattern).test(access.key));
    }
    return grant.resources.some((resource) => glob(resource).test(`${bucketArn}/${access.key}`));
  });
}

const unused = (): never => {
  throw new Error('render only scans the confirmed recipients');
};
const silent: RunLogger = { debug() {}, info() {}, warn() {}, error() {}, appendPersistentKeys() {} };
const DATE = '2026-11-26';
const RUN = 'layout-proof-1';
const ARTICLE = '---\ntitle: Night ferry timetable changes\n---\nThe night ferry leaves at half past midnight from Sunday, the harbour office said on Saturday evening, after weeks of talks.\n';

describe('the bucket layout, shared by the stack and the functions', () => {
  let stack: DigestStack;
  let template: Template;
  let bucketArn: string;
  const shared = new MemoryStore();
  const stores: Record<string, RecordingStore> = {};
  let manifestKey: string;

  beforeAll(async () => {
    ({ stack, template } = synthesize());
    bucketArn = `#{${logicalId(stack.node.findChild('Data').node.findChild('Bucket'))}.Arn}`;
    await shared.put(`${articlesPrefix(DATE)}ferry.md`, ARTICLE);

    const config = loadConfig({
      env: {},
      overrides: { bucket: 'digest-bucket', sendRate: 14, hmacSecret: 'layout-proof-secret-layout-proof-secret-0123', archiveUrl: 'https://archive.example.org' },
    });
    const context = (name: string): LambdaContext => {
      stores[name] = new RecordingStore(shared);
      return { config, log: silent, store: stores[name], hmacSecret: async () => config.hmacSecret! };
    };
    await createCollectHandler(context('collect'))({ date: DATE, runId: RUN });
    // The stack gives render the subscriber table (asserted below), so the list comes from it, not from subscribers/.
    const table: SubscriberStore = {
      location: 'table',
      get: unused,
      write: unused,
      delete: unused,
      scan: unused,
      async *scanConfirmedRecipients() {
        for (const name of ['Ada', 'Bob', 'Cy']) yield { email: `${name.toLowerCase()}@example.org`, name, fields: {} };
      },
    };
    const render = createRenderHandler({ ...context('render'), subscribers: () => Promise.resolve(table) }, { templatesDir: defaultTemplatesDir(), sliceRows: 2 });
    const rendered = await render({ date: DATE, runId: RUN, freeze: true });
    manifestKey = rendered.manifestKey!;
    // The Distributed Map's ItemReader reads the manifest; each child gets one item.
    const manifest = checkContract(sliceManifestFile, JSON.parse((await shared.get(manifestKey))!.toString('utf8')));
    if (!manifest.ok) throw new Error(manifest.problems);
    const transport = { name: 'recorded', send: async () => ({ transportMessageId: 'id' }) };
    const send = createSendHandler({ ...context('send'), transport });
    for (const slice of manifest.value) await send({ date: DATE, runId: RUN, workers: 1, slice });
    await createSummarizeHandler(context('summarize'), { writeMetrics: () => {} })({ date: DATE, runId: RUN });
    // The unsubscribe and feedback functions write suppressions through the core's one writer.
    for (const name of ['unsubscribe', 'feedback']) {
      await addSuppression(context(name).store, { email: 'cy@example.org', reason: 'unsubscribed', at: new Date().toISOString(), source: 'test' });
    }
  });

  for (const name of ['collect', 'render', 'send', 'summarize', 'unsubscribe', 'feedback'] as const) {
    it(`lets the ${name} function make every S3 call its handler makes in a whole run`, () => {
      const grants = roleGrants(template, logicalId(stack.functions[name].role!));
      const accesses = stores[name]!.accesses;
      expect(accesses.length).toBeGreaterThan(0);
      const refused = accesses.filter((access) => !allows(grants, bucketArn, access)).map((a) => `${a.action} ${a.key}`);
      expect(refused).toEqual([]);
    });
  }

  it('gives render the subscriber table, so it never reads a list from subscribers/', () => {
    const fn = template.toJSON().Resources[logicalId(stack.functions.render)];
    expect(Object.keys(fn.Properties.Environment.Variables)).toContain(ENV.subscribersTable);
  });

  it('writes everything of a day where the bucket expires it, and the articles where they expire', () => {
    const written = Object.values(stores).flatMap((store) => store.accesses.filter((a) => a.action === 's3:PutObject').map((a) => a.key));
    const rules = template.toJSON().Resources[logicalId(stack.node.findChild('Data').node.findChild('Bucket'))].Properties.LifecycleConfiguration.Rules as Array<{ Prefix?: string }>;
    const expiring = rules.map((rule) => rule.Prefix).filter((prefix): prefix is string => Boolean(prefix));
    expect(expiring.sort()).toEqual([BUCKET_PREFIXES.articles, BUCKET_PREFIXES.issues, BUCKET_PREFIXES.mapResults].sort());
    const issueFiles = written.filter((key) => key.startsWith(issuePrefix(DATE)));
    expect(issueFiles).toContain(issueKey(issuePrefix(DATE), 'report'));
    // Only the archive (kept for readers) and the suppressions (kept forever) live outside the expiring areas.
    const kept = written.filter((key) => !expiring.some((prefix) => key.startsWith(prefix)));
    expect(kept.every((key) => key.startsWith(BUCKET_PREFIXES.archive) || key.startsWith(BUCKET_PREFIXES.suppressions))).toBe(true);
  });

  it("lets the Map's item reader read the manifest render names, and its result writer write under the layout's results prefix", () => {
    const grants = roleGrants(template, logicalId(stack.workflow.stateMachine.role));
    expect(allows(grants, bucketArn, { action: 's3:GetObject', key: manifestKey })).toBe(true);
    expect(allows(grants, bucketArn, { action: 's3:PutObject', key: `${BUCKET_PREFIXES.mapResults}run-1/manifest.json` })).toBe(true);
    const machine = Object.values(template.findResources('AWS::StepFunctions::StateMachine'))[0]!;
    const definition = JSON.parse(flatten(machine.Properties.DefinitionString));
    const map = definition.States['Send to subscribers'];
    expect(map.ResultWriter.Parameters.Prefix).toBe(BUCKET_PREFIXES.mapResults);
  });

  it("lets editors read a day's report and list its ledger, which `digest status` does by the same keys", () => {
    const policy = Object.values(template.findResources('AWS::IAM::ManagedPolicy')).find((p) => String(p.Properties.Description).startsWith('Lets an editor start'))!;
    const grants: Grant[] = (policy.Properties.PolicyDocument.Statement as Array<Record<string, unknown>>).map((statement) => ({
      actions: ([] as unknown[]).concat(statement.Action).map(String),
      resources: ([] as unknown[]).concat(statement.Resource).map(flatten),
      ...(statement.Condition === undefined ? {} : { conditions: statement.Condition }),
    }));
    expect(allows(grants, bucketArn, { action: 's3:GetObject', key: issueKey(issuePrefix(DATE), 'report') })).toBe(true);
    expect(allows(grants, bucketArn, { action: 's3:ListBucket', key: issueKey(issuePrefix(DATE), 'ledger') })).toBe(true);
    expect(allows(grants, bucketArn, { action: 's3:ListBucket', key: BUCKET_PREFIXES.suppressions })).toBe(false);
  });
});
