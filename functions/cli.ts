#!/usr/bin/env node
import { buildProgram } from './cli/program.js';
import { reportFailure } from './cli/report-failure.js';

/** Entry point of `npm run digest -- <command>`; errors become one line and a non-zero exit (see report-failure.ts). */
try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportFailure(error);
}
