import { constants } from 'node:fs';
import { access, readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isIssueDate } from '../core/issue/issue.js';
import { errorMessage, UsageError } from '../core/errors.js';

/** Checks the CLI's folders and files before anything runs, so a bad argument is one clear line. */

export async function requireDirectory(path: string, what: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UsageError(`${what} folder not found: ${path}`);
  }
  if (!info.isDirectory()) throw new UsageError(`${what} is not a folder: ${path}`);
}

/** The newest `YYYY-MM-DD` folder in the articles folder. */
export async function latestDateFolder(articlesDir: string): Promise<string> {
  const entries = await readdir(articlesDir, { withFileTypes: true });
  const dates = entries.filter((e) => e.isDirectory() && isIssueDate(e.name)).map((e) => e.name).sort();
  const latest = dates.at(-1);
  if (!latest) throw new UsageError(`No day folder (YYYY-MM-DD) in ${articlesDir}`);
  return latest;
}

export async function readSubscriberFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new UsageError(`Cannot read the subscriber list ${path}: ${errorMessage(error)}`, { cause: error });
  }
}

export function requireDate(value: string): string {
  const given = value;
  if (!isIssueDate(value)) throw new UsageError(`--date must be a real date as YYYY-MM-DD, got "${given}"`);
  return value;
}

export function dayFolder(articlesDir: string, date: string): string {
  return join(articlesDir, date);
}

/**
 * `--out` must be a folder we can write to, or a path one can be created at:
 * checked before anything runs, so a typo is not found after the articles are parsed.
 */
export async function requireWritableFolder(path: string, flag: string): Promise<void> {
  let existing = path;
  for (;;) {
    let info;
    try {
      info = await stat(existing);
    } catch (error) {
      const parent = dirname(existing);
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && parent !== existing) {
        existing = parent;
        continue;
      }
      throw new UsageError(`${flag} ${path} cannot be used: ${errorMessage(error)}`, { cause: error });
    }
    if (!info.isDirectory()) throw new UsageError(`${flag} ${path} cannot be used: ${existing} is not a folder`);
    try {
      await access(existing, constants.W_OK);
    } catch (error) {
      throw new UsageError(`${flag} ${path} cannot be used: ${existing} is not writable`, { cause: error });
    }
    return;
  }
}
