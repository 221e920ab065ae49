import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { createCollectHandler } from '../../functions/lambda/collect.js';
import { InvalidEventError } from '../../functions/lambda/lambda-context.js';
import { createTestBucket, testS3Client } from '../harness/aws.js';
import { emulatorLambdaContext } from '../harness/lambda.js';

const ARTICLE = '---\ntitle: Night ferry timetable changes\n---\nThe night ferry leaves at half past midnight from Sunday, the harbour office said on Saturday evening.\n';

describe('collect started by the schedule', () => {
  it('collects the newsroom\'s day from the scheduled instant, not the UTC day', async () => {
    const s3 = testS3Client();
    const bucket = await createTestBucket(s3, 'collect-day');
    // 00:30 in Berlin on Sunday 29 March 2026 (the day clocks go forward) is 23:30 UTC on Saturday.
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'articles/2026-03-29/ferry.md', Body: ARTICLE }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'articles/2026-03-28/yesterday.md', Body: ARTICLE.replace('Night ferry', 'Yesterday\'s ferry') }));
    const collect = createCollectHandler(emulatorLambdaContext('collect', { bucket, timeZone: 'Europe/Berlin' }));

    const result = await collect({ date: '2026-03-28T23:30:00Z', runId: 'scheduled-1' });
    expect(result.date).toBe('2026-03-29');
    expect(result.articleCount).toBe(1);
    const stored = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'issues/2026-03-29/issue.json' }));
    const issue = JSON.parse(await stored.Body!.transformToString()) as { date: string; articles: Array<{ title: string }> };
    expect(issue.date).toBe('2026-03-29');
    expect(issue.articles.map((a) => a.title)).toEqual(['Night ferry timetable changes']);

    // An editor's plain date is taken as given.
    expect((await collect({ date: '2026-03-28', runId: 'manual-1' })).date).toBe('2026-03-28');
  });

  it('refuses a start input that is neither a date nor an instant, before it can become a key', async () => {
    const collect = createCollectHandler(emulatorLambdaContext('collect', { bucket: 'never-used', timeZone: 'Europe/Berlin' }));
    for (const date of ['2026-03-28T23:30:00', '../articles', '2026-02-30', 'today']) {
      await expect(collect({ date, runId: 'bad-1' })).rejects.toThrow(InvalidEventError);
    }
  });
});
