#!/usr/bin/env node
import { DigestError, errorMessage } from './core/errors.js';
import { buildProgram } from './cli/program.js';

/** Entry point of `npm run digest -- <command>`; errors become one line and a non-zero exit. */
try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  const label = error instanceof DigestError ? error.name : 'Error';
  process.stderr.write(`digest: ${label}: ${errorMessage(error)}\n`);
  if (process.env.DIGEST_DEBUG) console.error(error);
  process.exitCode = error instanceof DigestError && error.name === 'UsageError' ? 2 : 1;
}
