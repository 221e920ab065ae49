import { type Command, InvalidArgumentError, Option } from 'commander';
import { loadConfig } from '../config/config.js';
import { previewCommand } from './preview-command.js';

/** `digest preview` (`npm run preview`): flags as in `digest run`, plus --port. */
export function registerPreviewCommand(program: Command): void {
  program
    .command('preview')
    .description('a live preview of the day\'s issue in your browser, with test sends to DIGEST_TEST_RECIPIENTS (writes no issue file, sends to no subscriber)')
    .option('--date <YYYY-MM-DD>', 'the issue date (default: the latest day folder under --articles, or in --bucket)')
    .option('--articles <dir>', 'folder holding one YYYY-MM-DD folder of article files per day', 'examples/articles')
    .option('--subscribers <file>', 'subscriber CSV (default: examples/subscribers.csv, or subscribers/subscribers.csv in --bucket)')
    .option('--templates <dir>', 'the Handlebars/MJML templates', 'templates')
    .option('--out <dir>', 'where test sends are written (<out>/<date>/outbox-test/)', 'out')
    .option('--port <n>', 'port on 127.0.0.1 (0: any free port)', port, 4400)
    .option('--bucket <name>', 'preview from this S3 bucket (read-only) instead of local folders')
    .option('--endpoint <url>', 'S3 endpoint, e.g. an emulator (with --bucket)')
    .option('--ses', 'send tests through Amazon SES (with --bucket); DIGEST_SES_ENDPOINT points it at an emulator')
    .addOption(new Option('--verbose', 'structured JSON logs on stderr'))
    .action(async (options) => {
      const config = loadConfig({ overrides: { bucket: options.bucket, s3Endpoint: options.endpoint } });
      await previewCommand(options, config);
    });
}

function port(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65_535) throw new InvalidArgumentError('must be a port number from 0 to 65535');
  return number;
}
