#!/usr/bin/env node
import { DigestError, errorMessage } from './core/errors.js';
import { buildProgram } from './cli/program.js';

/** Entry point of `npm run digest -- <command>`; errors become one line and a non-zero exit. */
try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  const label = error instanceof DigestError ? error.name : 'Error';
  const usage = error instanceof DigestError && error.name === 'UsageError';
  process.stderr.write(`digest: ${label}: ${errorMessage(error)}\n`);
  // Unexpected failures also say what caused them; a usage error stays one line.
  const cause = (error as { cause?: unknown })?.cause;
  if (!usage && cause !== undefined) process.stderr.write(`  caused by: ${errorMessage(cause)}\n`);
  process.exitCode = usage ? 2 : 1;
}
