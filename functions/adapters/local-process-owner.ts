import { hostname } from 'node:os';
import type { LockRecord } from '../core/delivery/run-lock.js';

/**
 * Lock ownership for runs on one machine: the lock records host and pid, so
 * a later run on the same host can see that a crashed (`kill -9`) run's
 * process is gone and take over at once instead of waiting out its lease.
 */
export function localLockOwner(): Record<string, string | number> {
  return { host: hostname(), pid: process.pid };
}

export function isLocalOwnerGone(record: LockRecord): boolean {
  const owner = record.owner;
  if (!owner || owner.host !== hostname() || typeof owner.pid !== 'number') return false;
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else: still alive.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
