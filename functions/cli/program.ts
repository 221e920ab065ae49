import { Command, InvalidArgumentError, Option } from 'commander';
import { isPlainDecimal, loadConfig, MAX_SEND_CONCURRENCY, MAX_SEND_RATE } from '../config/config.js';
import { DEFAULT_STACK_NAME } from '../config/stack-outputs.js';
import { cloudStatusCommand, sendCommand } from './cloud-commands.js';
import { registerPreviewCommand } from './preview-registration.js';
import { UsageError } from '../core/errors.js';
import { isIssueDate } from '../core/issue/issue.js';
import type { RunDigestResult } from '../core/pipeline/run-digest.js';
import { addressProblem } from '../core/subscribers/email-address.js';
import { runCommand } from './run-command.js';
import { statusCommand } from './status-command.js';
import { registerSubscribersCommand } from './subscribers-command.js';

/**
 * The `digest` command line. Command and flag names are a stable contract:
 * scripts and other tools depend on them.
 */

/** Plain decimal notation only: `0x10`, `1e3`, `Infinity` or `true` are typos, not numbers. */
function decimal(value: string): number {
  if (!isPlainDecimal(value)) throw new InvalidArgumentError(`"${value}" is not a plain decimal number`);
  return Number(value);
}

function sendRate(value: string): number {
  const rate = decimal(value);
  if (!(rate > 0) || rate > MAX_SEND_RATE) throw new InvalidArgumentError(`must be more than 0 and at most ${MAX_SEND_RATE} messages per second`);
  return rate;
}

function positiveSeconds(value: string): number {
  const seconds = decimal(value);
  if (!(seconds > 0) || seconds > 600) throw new InvalidArgumentError('must be more than 0 and at most 600 seconds');
  return seconds;
}

function concurrency(value: string): number {
  const count = decimal(value);
  if (!Number.isInteger(count) || count < 1 || count > MAX_SEND_CONCURRENCY) throw new InvalidArgumentError(`must be a whole number from 1 to ${MAX_SEND_CONCURRENCY}`);
  return count;
}

function issueDate(value: string): string {
  const given = value;
  if (!isIssueDate(value)) throw new InvalidArgumentError(`must be a real date as YYYY-MM-DD, got "${given}"`);
  return value;
}

function httpUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`"${value}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError(`"${value}" is not an http(s) URL`);
  return value;
}

export function buildProgram(): Command {
  const program = new Command('digest')
    .description('Build the daily digest from a folder of articles and deliver it to every subscriber exactly once.')
    // Parse errors become one line and exit 2 (report-failure.ts), not commander's help dump and exit 1.
    .exitOverride()
    .configureOutput({ outputError: () => {} });

  program
    .command('run')
    .description('collect, render and deliver one day\'s issue (resumable: running it again never sends twice)')
    .option('--date <YYYY-MM-DD>', 'the issue date (default: the latest day folder under --articles)', issueDate)
    .option('--articles <dir>', 'folder holding one YYYY-MM-DD folder of article files per day', 'examples/articles')
    .option('--subscribers <file>', 'subscriber CSV with an email column, for this run only (default: the subscriber store under --out, confirmed minus suppressions; with --bucket, the DynamoDB table if configured, else subscribers/subscribers.csv)')
    .option('--out <dir>', 'where issues, outboxes, ledgers and reports are written', 'out')
    .option('--templates <dir>', 'the Handlebars/MJML templates', 'templates')
    .option('--rate <n>', 'messages per second (default: the transport\'s quota)', sendRate)
    .option('--concurrency <n>', 'sends in flight at once', concurrency)
    .option('--test-to <addresses>', 'send only to these comma-separated addresses, marked [TEST]; no ledger, no lock', addressList)
    .option('--bucket <name>', 'run against this S3 bucket (articles/, subscribers/, issues/) instead of local folders')
    .option('--endpoint <url>', 'S3 endpoint, e.g. an emulator (with --bucket)', httpUrl)
    .option('--ses', 'deliver through Amazon SES (with --bucket); DIGEST_SES_ENDPOINT points it at an emulator')
    .option('--force', 'send although ledger segments are unreadable, accepting that whoever they recorded is sent again')
    .addOption(new Option('--verbose', 'structured JSON logs on stderr'))
    .action(async (options) => {
      const config = loadConfig({ overrides: { bucket: options.bucket, s3Endpoint: options.endpoint } });
      const result = await runCommand(options, config);
      process.exitCode = runExitCode(result);
    });

  program
    .command('send')
    .description('start the deployed daily run for a date (Step Functions), or a test send to editors')
    .option('--date <YYYY-MM-DD>', 'the issue date (default: today in the newsroom\'s time zone, as the schedule does)', issueDate)
    .option('--test-to [addresses]', 'send only to these comma-separated addresses, marked [TEST] (no list: DIGEST_TEST_RECIPIENTS)', addressList)
    .option('--stack <name>', 'the deployed stack', DEFAULT_STACK_NAME)
    .action(async (options) => {
      const config = loadConfig();
      const testTo = options.testTo === true ? config.testRecipients : options.testTo;
      if (options.testTo === true && testTo.length === 0) throw new UsageError('--test-to without addresses sends to DIGEST_TEST_RECIPIENTS, which is empty');
      await sendCommand({ ...options, testTo }, config);
    });

  program
    .command('status')
    .description('delivery counts of one issue: sent, pending, failed (with reasons), suppressed')
    .requiredOption('--date <YYYY-MM-DD>', 'the issue date', issueDate)
    .option('--out <dir>', 'the folder `digest run` wrote to', 'out')
    .option('--stack <name>', 'read the ledger of the deployed stack\'s bucket')
    .option('--bucket <name>', 'read the ledger in this bucket')
    .option('--endpoint <url>', 'S3 endpoint, e.g. an emulator (with --bucket)', httpUrl)
    .action(async (options) => {
      const status =
        options.stack || options.bucket
          ? await cloudStatusCommand(options, loadConfig({ overrides: { s3Endpoint: options.endpoint } }))
          : await statusCommand(options);
      if (status.pending > 0) process.exitCode = 3;
    });

  program
    .command('doctor')
    .description('check a deployed stack is ready to send for real (SES identity and DKIM, configuration set, sandbox and test recipients, quota vs. the list, the public URLs, the schedule); without --stack, the local setup')
    .option('--stack <name>', 'the deployed stack to check')
    .option('--articles <dir>', 'without --stack: the articles folder', 'examples/articles')
    .option('--subscribers <file>', 'without --stack: a subscriber CSV (default: the subscriber store under --out)')
    .option('--out <dir>', 'without --stack: the folder `digest run` writes to', 'out')
    .option('--json', 'print the checks as JSON')
    .option('--timeout <seconds>', 'with --stack: how long each AWS check may take, retries included', positiveSeconds, 10)
    .action(async (options: { stack?: string; articles: string; subscribers?: string; out: string; json?: boolean; timeout: number }) => {
      // Loaded on use: the SES v2 client is needed by this command alone.
      const { doctorCommand } = await import('./doctor-command.js');
      const report = await doctorCommand({ ...options, checkTimeoutMs: options.timeout * 1000 }, () => loadConfig());
      if (!report.ok) process.exitCode = 1;
    });

  registerPreviewCommand(program);
  registerSubscribersCommand(program);

  return program;
}

function addressList(value: string): string[] {
  const addresses = value.split(',').map((address) => address.trim()).filter(Boolean);
  if (addresses.length === 0) throw new InvalidArgumentError('needs at least one address');
  for (const address of addresses) {
    const problem = addressProblem(address);
    if (problem) throw new InvalidArgumentError(problem);
  }
  return addresses;
}

/**
 * 0: everyone on the frozen list was sent, suppressed or refused for good
 * (listed in the report); 3: anyone is still pending, whatever the reason
 * (stopped, interrupted, retries used up, a refused ledger): run again.
 */
export function runExitCode(result: RunDigestResult): number {
  if (result.test) return result.test.failed.length > 0 ? 1 : 0;
  return result.report.messages.pending > 0 ? 3 : 0;
}
