import { CommanderError } from 'commander';
import { DigestError, errorMessage } from '../core/errors.js';

/**
 * How the CLI ends on an error: one line on stderr (plus its cause for an
 * unexpected failure) and the exit code: 2 for unusable arguments or input,
 * 1 for anything else. `--help` and `--version` end here too, with code 0.
 */
export function reportFailure(error: unknown, write: (text: string) => void = (text) => process.stderr.write(text)): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return 0;
    write(`digest: UsageError: ${usageMessage(error)} (see digest --help)\n`);
    return 2;
  }
  const label = error instanceof DigestError ? error.name : 'Error';
  const usage = error instanceof DigestError && error.name === 'UsageError';
  write(`digest: ${label}: ${errorMessage(error)}\n`);
  // Unexpected failures also say what caused them; a usage error stays one line.
  const cause = (error as { cause?: unknown })?.cause;
  if (!usage && cause !== undefined) write(`  caused by: ${errorMessage(cause)}\n`);
  return usage ? 2 : 1;
}

/** Commander's wording, shortened to lead with the flag: `--rate 0: must be more than 0 …`. */
function usageMessage(error: CommanderError): string {
  const message = error.message.replace(/^error: /, '');
  const invalid = /^option '(-[^ ']+)[^']*' argument '(.*)' is invalid\. (.*)$/s.exec(message);
  return invalid ? `${invalid[1]} ${invalid[2]}: ${invalid[3]}` : message;
}
