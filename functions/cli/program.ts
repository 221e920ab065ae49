import { Command, InvalidArgumentError, Option } from 'commander';
import { loadConfig } from '../config/config.js';
import { DEFAULT_STACK_NAME } from '../config/stack-outputs.js';
import { cloudStatusCommand, sendCommand } from './cloud-commands.js';
import { runCommand } from './run-command.js';
import { statusCommand } from './status-command.js';
import { registerSubscribersCommand } from './subscribers-command.js';

/**
 * The `digest` command line. Command and flag names are a stable contract:
 * scripts and other tools depend on them.
 */

function positiveNumber(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('must be a positive number');
  return number;
}

function positiveInteger(value: string): number {
  const number = positiveNumber(value);
  if (!Number.isInteger(number)) throw new InvalidArgumentError('must be a whole number');
  return number;
}

export function buildProgram(): Command {
  const program = new Command('digest')
    .description('Build the daily digest from a folder of articles and deliver it to every subscriber exactly once.')
    .showHelpAfterError();

  program
    .command('run')
    .description('collect, render and deliver one day\'s issue (resumable: running it again never sends twice)')
    .option('--date <YYYY-MM-DD>', 'the issue date (default: the latest day folder under --articles)')
    .option('--articles <dir>', 'folder holding one YYYY-MM-DD folder of article files per day', 'examples/articles')
    .option('--subscribers <file>', 'subscriber CSV with an email column, for this run only (default: the subscriber store under --out, confirmed minus suppressions; with --bucket, the DynamoDB table if configured, else subscribers/subscribers.csv)')
    .option('--out <dir>', 'where issues, outboxes, ledgers and reports are written', 'out')
    .option('--templates <dir>', 'the Handlebars/MJML templates', 'templates')
    .option('--rate <n>', 'messages per second (default: the transport\'s quota)', positiveNumber)
    .option('--concurrency <n>', 'sends in flight at once', positiveInteger)
    .option('--test-to <addresses>', 'send only to these comma-separated addresses, marked [TEST]; no ledger, no lock', addressList)
    .option('--bucket <name>', 'run against this S3 bucket (articles/, subscribers/, issues/) instead of local folders')
    .option('--endpoint <url>', 'S3 endpoint, e.g. an emulator (with --bucket)')
    .option('--ses', 'deliver through Amazon SES (with --bucket); DIGEST_SES_ENDPOINT points it at an emulator')
    .addOption(new Option('--verbose', 'structured JSON logs on stderr'))
    .action(async (options) => {
      const config = loadConfig({ overrides: { bucket: options.bucket, s3Endpoint: options.endpoint } });
      const result = await runCommand(options, config);
      if (result.delivery?.stoppedBecause) process.exitCode = 3;
    });

  program
    .command('send')
    .description('start the deployed daily run for a date (Step Functions), or a test send to editors')
    .requiredOption('--date <YYYY-MM-DD>', 'the issue date')
    .option('--test-to <addresses>', 'send only to these comma-separated addresses, marked [TEST]', addressList)
    .option('--stack <name>', 'the deployed stack', DEFAULT_STACK_NAME)
    .action(async (options) => {
      await sendCommand(options, loadConfig());
    });

  program
    .command('status')
    .description('delivery counts of one issue: sent, pending, failed (with reasons), suppressed')
    .requiredOption('--date <YYYY-MM-DD>', 'the issue date')
    .option('--out <dir>', 'the folder `digest run` wrote to', 'out')
    .option('--stack <name>', 'read the ledger of the deployed stack\'s bucket')
    .option('--bucket <name>', 'read the ledger in this bucket')
    .option('--endpoint <url>', 'S3 endpoint, e.g. an emulator (with --bucket)')
    .action(async (options) => {
      const status =
        options.stack || options.bucket
          ? await cloudStatusCommand(options, loadConfig({ overrides: { s3Endpoint: options.endpoint } }))
          : await statusCommand(options);
      if (status.pending > 0) process.exitCode = 3;
    });

  registerSubscribersCommand(program);

  return program;
}

function addressList(value: string): string[] {
  return value.split(',').map((address) => address.trim()).filter(Boolean);
}
