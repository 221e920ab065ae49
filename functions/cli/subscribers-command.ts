import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { Command } from 'commander';
import { createDynamoDbClient, createS3Client } from '../adapters/aws-clients.js';
import { describeSubscriberStack } from '../adapters/digest-stack.js';
import { DynamoDbSubscriberStore } from '../adapters/dynamodb-subscriber-store.js';
import { FileSubscriberStore } from '../adapters/file-subscriber-store.js';
import { FsStore } from '../adapters/fs-store.js';
import { S3Store } from '../adapters/s3-store.js';
import { loadConfig, type DigestConfig } from '../config/config.js';
import { errorMessage, UsageError } from '../core/errors.js';
import type { ObjectStore } from '../core/ports.js';
import { confirmedRecipientsCsv } from '../core/subscribers/confirmed-recipients.js';
import { countByStatus, exportSubscribers, forgetSubscriber, importSubscribers, showSubscriber, type ImportSummary, type StatusCounts } from '../core/subscribers/manage-subscribers.js';
import { addressProblem } from '../core/subscribers/email-address.js';
import { SUBSCRIBER_STATUSES, type SubscriberStore } from '../core/subscribers/subscriber-store.js';

/**
 * `digest subscribers`: the editors' commands on the subscriber store.
 * Locally they work on the store under `--out` (the folder `digest run`
 * uses); with `--stack NAME` on the deployed table and bucket, found through
 * the stack's outputs, with the editor's own AWS credentials.
 */

interface WhereOptions {
  out: string;
  stack?: string;
}

interface Stores {
  subscribers: SubscriberStore;
  /** Holds `suppressions/`. */
  suppressions: ObjectStore;
  where: string;
}

export function registerSubscribersCommand(program: Command): void {
  // `subscribers --out D` and `subscribers import F --out D` each read their own --out: the parent's options stop at the subcommand.
  program.enablePositionalOptions();
  const subscribers = program
    .command('subscribers')
    .description('the subscriber store: counts by status, or import / export / show / forget')
    .action(async (options: WhereOptions) => {
      const stores = await openStores(options);
      console.log(formatCounts(stores.where, await countByStatus(stores.subscribers, stores.suppressions)));
    });
  withWhere(subscribers).enablePositionalOptions();

  withWhere(
    subscribers
      .command('import')
      .description('add or update subscribers from a CSV (email column required); imported rows are confirmed, with the file as consent source')
      .argument('<file>', 'the CSV file')
      .action(async (file: string, options: WhereOptions) => {
        let csv: Buffer;
        try {
          csv = await readFile(resolve(file));
        } catch (error) {
          throw new UsageError(`Cannot read ${file}: ${errorMessage(error)}`, { cause: error });
        }
        const stores = await openStores(options);
        const summary = await importSubscribers(stores.subscribers, csv, { source: basename(file), now: new Date() });
        console.log(formatImport(file, stores.where, summary));
      }),
  );

  withWhere(
    subscribers
      .command('export')
      .description('every subscriber as CSV with a header row, on stdout')
      .action(async (options: WhereOptions) => {
        const stores = await openStores(options);
        process.stdout.write(await exportSubscribers(stores.subscribers, stores.suppressions));
      }),
  );

  withWhere(
    subscribers
      .command('show')
      .description('what the store holds about one address (JSON): status, fields, consent record, suppression')
      .argument('<email>', 'the address')
      .action(async (email: string, options: WhereOptions) => {
        const address = requireAddress(email);
        const stores = await openStores(options);
        const details = await showSubscriber(stores.subscribers, stores.suppressions, address);
        if (!details.record && !details.suppression) {
          console.log(`${address}: not in ${stores.where}`);
          process.exitCode = 4;
          return;
        }
        console.log(JSON.stringify({ status: details.status, record: details.record, suppression: details.suppression }, null, 2));
      }),
  );

  withWhere(
    subscribers
      .command('forget')
      .description('erase one person: the record, fields and consent data; keeps only a hash of the address so it is never mailed again')
      .argument('<email>', 'the address')
      .action(async (email: string, options: WhereOptions) => {
        const address = requireAddress(email);
        const stores = await openStores(options);
        const { hadRecord, suppression } = await forgetSubscriber(stores.subscribers, stores.suppressions, address, new Date());
        console.log(`${hadRecord ? 'Erased the record of' : 'No record held for'} ${address} in ${stores.where}.`);
        console.log(`  Kept: suppression ${suppression.addressHash} (${suppression.reason}): the address will never be mailed again.`);
        console.log('  Past issues\' delivery records (ledgers, frozen lists, reports) expire with the issue retention period.');
      }),
  );
}

function withWhere(command: Command): Command {
  return command
    .option('--out <dir>', 'the local store: the folder `digest run` writes to', 'out')
    .option('--stack <name>', 'the deployed stack instead of the local store');
}

async function openStores(options: WhereOptions): Promise<Stores> {
  if (!options.stack) {
    const out = resolve(options.out);
    const subscribers = new FileSubscriberStore(out);
    return { subscribers, suppressions: new FsStore(out), where: subscribers.location };
  }
  const config: DigestConfig = loadConfig();
  const stack = await describeSubscriberStack(new CloudFormationClient({ region: config.region }), options.stack);
  const subscribers = new DynamoDbSubscriberStore({ client: createDynamoDbClient(config), tableName: stack.tableName });
  return { subscribers, suppressions: new S3Store({ client: createS3Client(config), bucket: stack.bucketName }), where: `${stack.stackName} (table ${stack.tableName})` };
}

function requireAddress(email: string): string {
  const problem = addressProblem(email.trim());
  if (problem) throw new UsageError(problem);
  return email.trim();
}

export function formatCounts(where: string, counts: StatusCounts): string {
  const parts = [...SUBSCRIBER_STATUSES, 'suppressed' as const].map((status) => `${status} ${counts[status]}`);
  return `Subscribers in ${where}: ${counts.total}\n  ${parts.join(', ')}`;
}

export function formatImport(file: string, where: string, summary: ImportSummary): string {
  const lines = [
    `Imported ${file} into ${where}`,
    `  added ${summary.added}, updated ${summary.updated}, unchanged ${summary.unchanged}, rejected ${summary.rejected.length}${summary.duplicates ? `, duplicate rows ${summary.duplicates}` : ''}`,
  ];
  for (const row of summary.rejected) lines.push(`  ! ${row.line > 0 ? `line ${row.line}: ` : ''}${row.reason}`);
  return lines.join('\n');
}

/**
 * `digest run` without `--subscribers`: the store's confirmed subscribers
 * minus suppressions, as the CSV the pipeline reads. A store that holds no
 * record at all is almost certainly a wrong `--out` or a forgotten import,
 * so a real send refuses it rather than quietly sending to nobody.
 */
export async function storeRecipientsCsv(subscribers: SubscriberStore, suppressions: ObjectStore, options: { allowEmpty?: boolean } = {}): Promise<Buffer> {
  const { csv, count } = await confirmedRecipientsCsv(subscribers, suppressions);
  if (count === 0 && !options.allowEmpty) {
    for await (const _record of subscribers.scan()) return csv;
    throw new UsageError(`The subscriber store ${subscribers.location} is empty: import a list with \`digest subscribers import FILE\`, or pass --subscribers FILE`);
  }
  return csv;
}
