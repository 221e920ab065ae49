import { constants } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ObjectStore, PutOptions, StoredObject } from '../core/ports.js';

/**
 * An ObjectStore over a local folder: key `a/b/c.json` is the file `<root>/a/b/c.json`.
 * Writes go to a temporary file and are renamed into place, so a crash never
 * leaves a half-written object; `putIfAbsent` uses O_EXCL.
 */
export class FsStore implements ObjectStore {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async *list(prefix: string): AsyncIterable<StoredObject> {
    const files: StoredObject[] = [];
    // The prefix may end inside a name (`2026-11-2`), so walk from its folder and filter.
    const baseDir = prefix.endsWith('/') ? this.path(prefix) : dirname(this.path(prefix || '.'));
    await this.walk(baseDir, files);
    files.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const file of files) if (file.key.startsWith(prefix)) yield file;
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(key));
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async getRange(key: string, start: number, end: number): Promise<Buffer | null> {
    let handle;
    try {
      handle = await open(this.path(key), 'r');
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
    try {
      const buffer = Buffer.alloc(Math.max(0, end - start));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, start);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  async put(key: string, body: Buffer | string, _options?: PutOptions): Promise<void> {
    const target = this.path(key);
    await mkdir(dirname(target), { recursive: true });
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(body);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  }

  async putIfAbsent(key: string, body: Buffer | string, _options?: PutOptions): Promise<boolean> {
    const target = this.path(key);
    await mkdir(dirname(target), { recursive: true });
    let handle;
    try {
      handle = await open(target, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
    try {
      await handle.writeFile(body);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  locate(key: string): string {
    return this.path(key);
  }

  private path(key: string): string {
    const target = resolve(this.root, ...key.split('/'));
    if (target !== this.root && !target.startsWith(this.root + sep)) {
      throw new Error(`Key escapes the store root: ${key}`);
    }
    return target;
  }

  private async walk(dir: string, into: StoredObject[]): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (isNotFound(error) || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return;
      throw error;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        // A link could point anywhere on the machine: it is reported, never read or walked.
        if (!entry.name.endsWith('.tmp')) into.push({ key: relative(this.root, full).split(sep).join('/'), size: 0, symlink: true });
      } else if (entry.isDirectory()) await this.walk(full, into);
      else if (entry.isFile() && !entry.name.endsWith('.tmp')) {
        const info = await stat(full);
        into.push({ key: relative(this.root, full).split(sep).join('/'), size: info.size });
      }
    }
  }
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'ENOENT';
}
