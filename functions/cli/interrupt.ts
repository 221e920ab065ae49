/**
 * SIGINT/SIGTERM during `digest run`: the first signal asks the run to stop
 * gracefully (no new send starts, sends in flight finish and are recorded,
 * the lock is released, exit 3); a second one exits at once. What a second
 * signal or `kill -9` can cost is bounded by the ledger: at most the sends
 * that were in flight are sent again by the next run.
 */
export interface Interruption {
  readonly signal: AbortSignal;
  /** The signal that stopped the run, once one has. */
  readonly received: () => NodeJS.Signals | undefined;
  /** Removes the handlers; the default behaviour (exit) comes back. */
  readonly dispose: () => void;
}

export const INTERRUPTED_EXIT_CODE = 3;

/**
 * One Ctrl-C under `npm start` arrives more than once: the terminal signals
 * the whole process group, and npm and tsx relay it to their child as well.
 * Repeats this close to the first are that same keypress, not a second one.
 */
export const REPEAT_WINDOW_MS = 1_000;

export interface InterruptOptions {
  write?: (line: string) => void;
  exit?: (code: number) => void;
  now?: () => number;
}

export function onInterrupt(options: InterruptOptions = {}): Interruption {
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const now = options.now ?? Date.now;
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  let receivedAt = 0;
  const handle = (signal: NodeJS.Signals) => {
    if (received) {
      if (now() - receivedAt < REPEAT_WINDOW_MS) return;
      write(`digest: ${signal} again: exiting at once; the next run re-sends at most the messages that were in flight.`);
      exit(INTERRUPTED_EXIT_CODE);
      return;
    }
    received = signal;
    receivedAt = now();
    write(`digest: ${signal} received: finishing the sends in flight, then stopping (send it again to exit at once).`);
    controller.abort(new Error(`interrupted by ${signal}`));
  };
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => [signal, () => handle(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  return {
    signal: controller.signal,
    received: () => received,
    dispose: () => {
      for (const [signal, handler] of handlers) process.off(signal, handler);
    },
  };
}
