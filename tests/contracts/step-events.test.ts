import { describe, expect, it } from 'vitest';
import { digestExecutionInput } from '../../functions/contracts/step-events.js';
import { checkContract } from '../../functions/contracts/contract-schema.js';
import { createCollectHandler } from '../../functions/lambda/collect.js';
import { InvalidEventError } from '../../functions/lambda/lambda-context.js';
import { createRenderHandler, defaultTemplatesDir } from '../../functions/lambda/render.js';
import { createSendHandler } from '../../functions/lambda/send.js';
import { createSummarizeHandler } from '../../functions/lambda/summarize.js';
import { executionInput } from '../../functions/cli/cloud-commands.js';
import { emulatorLambdaContext } from '../harness/lambda.js';
import { synthesize } from '../cdk/support.js';

/**
 * Every Lambda step checks its event against its contract
 * (functions/contracts/step-events.ts) before it touches anything, and a
 * refusal names the event and the field, so a path the state machine gets
 * wrong is found at the first invocation, in words.
 */

const DATE = '2026-11-26';
const RUN = 'contract-run-1';
const SLICE = { sliceId: 'slice-00000', index: 0, firstRow: 0, rows: 2, start: 11, end: 60, sha256: 'a'.repeat(64) };

// Refusal happens before any I/O: the bucket is never reached.
const context = emulatorLambdaContext('contracts', { bucket: 'never-used', sendRate: 14 });
const collect = createCollectHandler(context);
const render = createRenderHandler(context, { templatesDir: defaultTemplatesDir() });
const send = createSendHandler({ ...context, transport: { name: 'unused', send: () => Promise.reject(new Error('never sends')) } });
const summarize = createSummarizeHandler(context);

const refusals: Array<[string, (event: unknown) => Promise<unknown>, unknown, RegExp]> = [
  ['collect, a date that is neither a day nor an instant', collect, { date: 'today', runId: RUN }, /^Invalid CollectEvent: "date": a day as YYYY-MM-DD or an ISO 8601 instant/],
  ['collect, a run id that could climb out of its folder', collect, { date: DATE, runId: '../x' }, /^Invalid CollectEvent: "runId": a run id/],
  ['collect, a misspelt field', collect, { date: DATE, runid: RUN }, /^Invalid CollectEvent: "runid": not a field of this contract/],
  ['render, no freeze flag', render, { date: DATE, runId: RUN }, /^Invalid RenderEvent: "freeze": expected boolean/],
  ['render, the freeze flag as a string (a JSONPath stringAt)', render, { date: DATE, runId: RUN, freeze: 'true' }, /^Invalid RenderEvent: "freeze": expected boolean/],
  ['render, an impossible day', render, { date: '2026-02-30', runId: RUN, freeze: true }, /^Invalid RenderEvent: "date": a calendar day as YYYY-MM-DD/],
  ['send, no workers', send, { date: DATE, runId: RUN, workers: 0, slice: SLICE }, /^Invalid SendSliceEvent: "workers": must be more than 0/],
  ['send, a slice hash that is not one', send, { date: DATE, runId: RUN, workers: 1, slice: { ...SLICE, sha256: 'xyz' } }, /^Invalid SendSliceEvent: "slice.sha256": a sha256/],
  ['send, a slice ending before it starts', send, { date: DATE, runId: RUN, workers: 1, slice: { ...SLICE, end: 5 } }, /^Invalid SendSliceEvent: "slice.end": must not be before "start"/],
  ['send, a slice id that is a path', send, { date: DATE, runId: RUN, workers: 1, slice: { ...SLICE, sliceId: '../lock' } }, /^Invalid SendSliceEvent: "slice.sliceId": a slice id/],
  ['send, no slice at all', send, { date: DATE, runId: RUN, workers: 1 }, /^Invalid SendSliceEvent: "slice": expected object/],
  ['send test, no address', send, { date: DATE, runId: RUN, testTo: [] }, /^Invalid SendTestEvent: "testTo": at least one address/],
  ['send test, an address that is not one', send, { date: DATE, runId: RUN, testTo: ['ed@example.org', 'not an address'] }, /^Invalid SendTestEvent: "testTo\[1\]": /],
  ['summarize, a number for a date', summarize, { date: 20261126, runId: RUN }, /^Invalid SummarizeEvent: "date": expected string/],
  ['summarize, no event at all', summarize, null, /^Invalid SummarizeEvent: \(the whole value\): expected object/],
];

describe('the Lambda steps refuse an event that breaks its contract, naming the field', () => {
  for (const [what, handler, event, message] of refusals) {
    it(`refuses ${what}`, async () => {
      const refused = await handler(event).then(
        () => null,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(InvalidEventError);
      expect((refused as Error).message).toMatch(message);
    });
  }

  it('lists at most three problems of one event, then how many more', async () => {
    const error = await render({ date: 1, runId: 2, freeze: 3, extra: 4 }).catch((e: unknown) => e as Error);
    expect((error as Error).message).toBe('Invalid RenderEvent: "date": expected string, got number; "runId": expected string, got number; "freeze": expected boolean, got number; and 1 more');
  });
});

describe('the execution input', () => {
  it('is what the daily schedule and `digest send` start the machine with', () => {
    const { template } = synthesize();
    const [schedule] = Object.values(template.findResources('AWS::Scheduler::Schedule'));
    const scheduled = JSON.parse(String(schedule!.Properties.Target.Input).replace('<aws.scheduler.scheduled-time>', '2026-11-26T05:00:00Z'));
    expect(checkContract(digestExecutionInput, scheduled)).toMatchObject({ ok: true });
    expect(checkContract(digestExecutionInput, executionInput(DATE))).toMatchObject({ ok: true });
    expect(checkContract(digestExecutionInput, executionInput(DATE, ['ed@example.org']))).toMatchObject({ ok: true });
  });
});
