import type { ObjectStore, PutOptions, StoredObject } from './ports.js';

/** An ObjectStore held in memory: for tests, benchmarks and fault injection. */
export class MemoryStore implements ObjectStore {
  readonly objects = new Map<string, Buffer>();

  async *list(prefix: string): AsyncIterable<StoredObject> {
    const keys = [...this.objects.keys()].filter((key) => key.startsWith(prefix)).sort();
    for (const key of keys) {
      const body = this.objects.get(key);
      if (body) yield { key, size: body.length };
    }
  }

  async get(key: string): Promise<Buffer | null> {
    return this.objects.get(key) ?? null;
  }

  async getRange(key: string, start: number, end: number): Promise<Buffer | null> {
    return this.objects.get(key)?.subarray(start, end) ?? null;
  }

  async put(key: string, body: Buffer | string, _options?: PutOptions): Promise<void> {
    this.objects.set(key, Buffer.from(body));
  }

  async putIfAbsent(key: string, body: Buffer | string, _options?: PutOptions): Promise<boolean> {
    if (this.objects.has(key)) return false;
    this.objects.set(key, Buffer.from(body));
    return true;
  }

  async delete(key: string): Promise<void> {
    this.objects.delete(key);
  }

  locate(key: string): string {
    return `memory:${key}`;
  }
}
