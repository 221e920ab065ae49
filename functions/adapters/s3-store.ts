import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3ServiceException,
  type S3Client,
} from '@aws-sdk/client-s3';
import { DigestError } from '../core/errors.js';
import type { ObjectStore, PutOptions, StoredObject } from '../core/ports.js';

/** An S3 call failed for a reason other than "no such key" or a lost conditional create. */
export class S3StoreError extends DigestError {
  readonly key: string;
  constructor(message: string, key: string, options?: { cause?: unknown }) {
    super(message, options);
    this.key = key;
  }
}

export interface S3StoreOptions {
  client: S3Client;
  bucket: string;
  /** Prepended to every key, so several deployments can share a bucket. */
  keyPrefix?: string;
  /** How often a conditional create that met a concurrent write (409) is retried. */
  conflictRetries?: number;
}

/**
 * ObjectStore over one S3 bucket. The client is injected: it is built once
 * per cold start (see aws-clients.ts) and pointed at an emulator in tests.
 */
export class S3Store implements ObjectStore {
  readonly bucket: string;
  private readonly client: S3Client;
  private readonly keyPrefix: string;
  private readonly conflictRetries: number;

  constructor(options: S3StoreOptions) {
    this.client = options.client;
    this.bucket = options.bucket;
    const prefix = options.keyPrefix ?? '';
    this.keyPrefix = prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`;
    this.conflictRetries = options.conflictRetries ?? 3;
  }

  async *list(prefix: string): AsyncIterable<StoredObject> {
    let continuationToken: string | undefined;
    do {
      let page;
      try {
        page = await this.client.send(
          new ListObjectsV2Command({
            Bucket: this.bucket,
            Prefix: this.keyPrefix + prefix,
            ContinuationToken: continuationToken,
          }),
        );
      } catch (error) {
        throw new S3StoreError(`Cannot list ${this.locate(prefix)}`, prefix, { cause: error });
      }
      for (const object of page.Contents ?? []) {
        if (object.Key === undefined) continue;
        yield { key: object.Key.slice(this.keyPrefix.length), size: object.Size ?? 0 };
      }
      // S3 may answer IsTruncated with no token only if it is broken; stop rather than loop forever.
      continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (continuationToken);
  }

  async get(key: string): Promise<Buffer | null> {
    return this.read(key);
  }

  async getRange(key: string, start: number, end: number): Promise<Buffer | null> {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start)) {
      throw new RangeError(`Invalid byte range [${start}, ${end}) for ${this.locate(key)}`);
    }
    // An empty range cannot be expressed as an HTTP Range; it is empty whatever the object holds.
    if (end === start) return (await this.exists(key)) ? Buffer.alloc(0) : null;
    return this.read(key, `bytes=${start}-${end - 1}`);
  }

  private async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.keyPrefix + key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw new S3StoreError(`Cannot read ${this.locate(key)}`, key, { cause: error });
    }
  }

  private async read(key: string, range?: string): Promise<Buffer | null> {
    let response;
    try {
      response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.keyPrefix + key, Range: range }));
    } catch (error) {
      // A range that starts past the end (416) reads as no bytes, like a short file.
      if (range && statusOf(error) === 416) return Buffer.alloc(0);
      if (isNotFound(error)) return null;
      throw new S3StoreError(`Cannot read ${this.locate(key)}`, key, { cause: error });
    }
    if (!response.Body) return Buffer.alloc(0);
    try {
      // Reads the stream to its end; a body cut short fails here, not later as a truncated object.
      return Buffer.from(await response.Body.transformToByteArray());
    } catch (error) {
      throw new S3StoreError(`Reading ${this.locate(key)} failed part-way`, key, { cause: error });
    }
  }

  async put(key: string, body: Buffer | string, options?: PutOptions): Promise<void> {
    try {
      await this.client.send(this.putCommand(key, body, options));
    } catch (error) {
      throw new S3StoreError(`Cannot write ${this.locate(key)}`, key, { cause: error });
    }
  }

  async putIfAbsent(key: string, body: Buffer | string, options?: PutOptions): Promise<boolean> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.client.send(this.putCommand(key, body, options, { IfNoneMatch: '*' }));
        return true;
      } catch (error) {
        // 412: the key exists. This is the answer, not a failure.
        if (statusOf(error) === 412 || nameOf(error) === 'PreconditionFailed') return false;
        // 409: another conditional write to the same key is in flight. S3 asks
        // callers to retry; the retry normally meets the winner's object (412).
        if (statusOf(error) === 409 || nameOf(error) === 'ConditionalRequestConflict') {
          if (attempt < this.conflictRetries) {
            await delay(25 * 2 ** attempt + Math.random() * 25);
            continue;
          }
          // Still contended after the retries: someone else is creating it; we did not.
          return false;
        }
        throw new S3StoreError(`Cannot create ${this.locate(key)}`, key, { cause: error });
      }
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.keyPrefix + key }));
    } catch (error) {
      throw new S3StoreError(`Cannot delete ${this.locate(key)}`, key, { cause: error });
    }
  }

  locate(key: string): string {
    return `s3://${this.bucket}/${this.keyPrefix}${key}`;
  }

  private putCommand(
    key: string,
    body: Buffer | string,
    options: PutOptions | undefined,
    extra: { IfNoneMatch?: string } = {},
  ): PutObjectCommand {
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    return new PutObjectCommand({
      Bucket: this.bucket,
      Key: this.keyPrefix + key,
      Body: bytes,
      // A known length lets the SDK send a plain body instead of a chunked stream.
      ContentLength: bytes.length,
      ContentType: options?.contentType ?? 'application/octet-stream',
      ...extra,
    });
  }
}

function isNotFound(error: unknown): boolean {
  const name = nameOf(error);
  // A missing bucket is also a 404, but it is a deployment mistake, not an absent object.
  if (name === 'NoSuchBucket') return false;
  return name === 'NoSuchKey' || name === 'NotFound' || statusOf(error) === 404;
}

function nameOf(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}

function statusOf(error: unknown): number | undefined {
  if (error instanceof S3ServiceException) return error.$metadata.httpStatusCode;
  const metadata = (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata;
  return metadata?.httpStatusCode;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
