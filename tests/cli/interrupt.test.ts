import { afterEach, describe, expect, it } from 'vitest';
import { INTERRUPTED_EXIT_CODE, onInterrupt, REPEAT_WINDOW_MS, type Interruption } from '../../functions/cli/interrupt.js';

describe('signals during digest run', () => {
  let interruption: Interruption | undefined;
  afterEach(() => interruption?.dispose());

  function setUp() {
    let time = 1_000_000;
    const lines: string[] = [];
    const exits: number[] = [];
    interruption = onInterrupt({ write: (line) => lines.push(line), exit: (code) => exits.push(code), now: () => time });
    return { lines, exits, interruption, advance: (ms: number) => (time += ms) };
  }

  it('the first signal asks the run to stop gracefully and says how to stop at once', () => {
    const { lines, exits, interruption } = setUp();
    process.emit('SIGTERM');
    expect(interruption.signal.aborted).toBe(true);
    expect(interruption.received()).toBe('SIGTERM');
    expect(exits).toEqual([]);
    expect(lines).toEqual([expect.stringMatching(/SIGTERM received: finishing the sends in flight.*again to exit at once/)]);
  });

  it('the same keypress relayed by npm and tsx is not a second signal', () => {
    const { exits } = setUp();
    process.emit('SIGINT');
    process.emit('SIGINT');
    process.emit('SIGINT');
    expect(exits).toEqual([]);
  });

  it('a second signal exits at once, with the pending exit code', () => {
    const { lines, exits, advance } = setUp();
    process.emit('SIGINT');
    advance(REPEAT_WINDOW_MS + 1);
    process.emit('SIGINT');
    expect(exits).toEqual([INTERRUPTED_EXIT_CODE]);
    expect(lines[1]).toMatch(/exiting at once; the next run re-sends at most the messages that were in flight/);
  });

  it('hands the signals back when the run is over', () => {
    const before = process.listenerCount('SIGINT');
    const { interruption } = setUp();
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    interruption.dispose();
    expect(process.listenerCount('SIGINT')).toBe(before);
  });
});
