import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FsStore } from '../../functions/adapters/fs-store.js';
import { OutboxTransport, outboxFileName } from '../../functions/adapters/outbox-transport.js';
import { addressProblem } from '../../functions/core/subscribers/email-address.js';

/**
 * Attack: two subscribers whose addresses differ only in a character the
 * file system cannot hold (`o'brien@` and `o_brien@`). If both map to one
 * file, the second message silently replaces the first.
 */

describe('outbox file names', () => {
  it('keep o\'brien@ and o_brien@ apart, each file holding its own message', async () => {
    const store = new FsStore(await mkdtemp(join(tmpdir(), 'digest-outbox-')));
    const transport = new OutboxTransport(store, 'outbox/');
    for (const recipient of ["o'brien@example.com", 'o_brien@example.com', 'O_Brien+news@example.com', 'o%27brien@example.com']) {
      await transport.send({ recipient, messageId: recipient, raw: Buffer.from(`To: ${recipient}\r\n\r\nhi\r\n`) });
    }
    const files = await readdir(store.locate('outbox'));
    expect(files).toHaveLength(4);
    const bodies = await Promise.all(files.map((file) => readFile(join(store.locate('outbox'), file), 'utf8')));
    expect(bodies.map((body) => body.split('\r\n')[0]).sort()).toEqual(
      ["To: o'brien@example.com", 'To: o_brien@example.com', 'To: O_Brien+news@example.com', 'To: o%27brien@example.com'].sort(),
    );
  });

  it('are still readable for the common address, and short enough for any file system', () => {
    expect(outboxFileName('Ada@Example.com')).toBe('ada@example.com.eml');
    const long = `${"'".repeat(64)}@${'d'.repeat(60)}.example.com`;
    expect(outboxFileName(long).length).toBeLessThanOrEqual(255);
    expect(outboxFileName(long)).not.toBe(outboxFileName(long.replace("'", '_')));
  });

  it('never collide for two different valid addresses, and are safe file names', () => {
    const local = fc.stringMatching(/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,20}$/);
    const address = fc.tuple(local, fc.constantFrom('example.com', 'Example.com', 'mail.example.org')).map(([l, d]) => `${l}@${d}`).filter((a) => addressProblem(a) === null);
    fc.assert(
      fc.property(address, address, (a, b) => {
        const same = a.toLowerCase() === b.toLowerCase();
        expect(outboxFileName(a) === outboxFileName(b)).toBe(same);
        expect(outboxFileName(a)).toMatch(/^[a-z0-9@._+~-]+\.eml$/);
        const lookalike = a.replace(/[^A-Za-z0-9@.+-]/g, '_');
        expect(outboxFileName(lookalike) === outboxFileName(a)).toBe(lookalike === a);
        expect(outboxFileName(a).length).toBeLessThanOrEqual(255);
      }),
      { numRuns: 500 },
    );
  });
});
