#!/usr/bin/env node
import { CommanderError } from 'commander';
import { DigestError, errorMessage } from './core/errors.js';
import { buildProgram } from './cli/program.js';

/**
 * Entry point of `npm run digest -- <command>`; errors become one line and a
 * non-zero exit: 2 for unusable arguments or input, 1 for anything else.
 */
try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportFailure(error);
}

function reportFailure(error: unknown): number {
  if (error instanceof CommanderError) {
    // --help and --version end here too, with exit code 0 and their text already printed.
    if (error.exitCode === 0) return 0;
    process.stderr.write(`digest: UsageError: ${error.message.replace(/^error: /, '')} (see digest --help)\n`);
    return 2;
  }
  const label = error instanceof DigestError ? error.name : 'Error';
  const usage = error instanceof DigestError && error.name === 'UsageError';
  process.stderr.write(`digest: ${label}: ${errorMessage(error)}\n`);
  // Unexpected failures also say what caused them; a usage error stays one line.
  const cause = (error as { cause?: unknown })?.cause;
  if (!usage && cause !== undefined) process.stderr.write(`  caused by: ${errorMessage(cause)}\n`);
  return usage ? 2 : 1;
}
