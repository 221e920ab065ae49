import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssetHashType, CfnElement, DockerImage, Duration, type ILocalBundling, Stack, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { BucketArea } from '../../functions/contracts/bucket-layout.js';
import { keysIn, objectsIn } from './digest-bucket.js';
import { buildSync, type BuildOptions } from 'esbuild';

/** The repository root: entries live in `functions/`, templates in `templates/`. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The Lambda entry points, `functions/<name>.ts`, each exporting `handler`. */
export type DigestFunctionName = 'collect' | 'render' | 'send' | 'summarize' | 'unsubscribe' | 'feedback' | 'signup';

/**
 * - `plain`: everything bundled (the AWS SDK too, pinned to the version the
 *   tests ran against, rather than whatever the runtime ships).
 * - `mjml`: as plain, plus what mjml drags in but never runs while rendering:
 *   `typescript` (≈ 5 MB, pulled in by htmlnano) stays external, undici and
 *   iconv-lite (≈ 1.4 MB, pulled in by cheerio for fetching URLs and sniffing
 *   encodings) are aliased to an empty module.
 */
export type BundleProfile = 'plain' | 'mjml';

export interface DigestFunctionProps {
  /** Which `functions/<name>.ts` entry this is. */
  readonly name: DigestFunctionName;
  readonly description: string;
  /** Environment shared by every function (settings, bucket, secret ARN). */
  readonly environment: Readonly<Record<string, string>>;
  /** @default Duration.minutes(1) */
  readonly timeout?: Duration;
  /** @default 512 */
  readonly memorySize?: number;
  /**
   * V8's old-space limit (`--max-old-space-size`), for a function whose work
   * allocates a lot: without it V8 grows the heap lazily towards the memory
   * size before collecting, and a large run can be killed at the limit.
   * @default - Node's own sizing
   */
  readonly heapMb?: number;
  /** @default 'plain' */
  readonly bundle?: BundleProfile;
  /** Ship `templates/` next to the bundle (`/var/task/templates`). @default false */
  readonly withTemplates?: boolean;
  /** @default logs.RetentionDays.ONE_MONTH */
  readonly logRetention?: logs.RetentionDays;
  /** Where failed asynchronous invocations go (after Lambda's own two retries). @default - none */
  readonly deadLetterQueue?: sqs.IQueue;
  /** Topic for the Errors alarm. @default - no alarm */
  readonly alarmTopic?: sns.ITopic;
  /** Folder holding the entry files. @default `<project root>/functions` */
  readonly entryDir?: string;
}

/**
 * The one Lambda function construct: Node 22 on ARM64, ESM bundled by the
 * local esbuild (see `esbuildOptions`) with minify and source maps, a log
 * group with retention, an Errors alarm, X-Ray tracing. Binder methods grant
 * exactly what a function needs, by bucket prefix.
 */
export class DigestFunction extends lambda.Function {
  readonly digestName: DigestFunctionName;
  readonly errorsAlarm?: cloudwatch.Alarm;
  private listingGranted = false;

  constructor(scope: Construct, id: string, props: DigestFunctionProps) {
    const logGroup = new logs.LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
    });
    const entry = join(props.entryDir ?? join(PROJECT_ROOT, 'functions'), `${props.name}.ts`);
    if (!existsSync(entry)) throw new Error(`No entry file ${entry} for the ${props.name} function`);
    super(scope, id, {
      description: props.description,
      code: bundledCode(entry, props.bundle ?? 'plain', props.withTemplates ?? false),
      handler: 'index.handler',
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      timeout: props.timeout ?? Duration.minutes(1),
      memorySize: props.memorySize ?? 512,
      tracing: lambda.Tracing.ACTIVE,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      deadLetterQueue: props.deadLetterQueue,
      environment: { ...props.environment, NODE_OPTIONS: nodeOptions(props.heapMb) },
    });
    this.digestName = props.name;

    Validations.of(this).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'The AWS managed basic execution role only lets the function write to its own CloudWatch log group; it is the documented minimum for Lambda.',
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'X-Ray PutTraceSegments/PutTelemetryRecords do not support resource-level permissions; every other statement is scoped to a resource.',
      },
      {
        id: 'AwsSolutions-L1',
        reason: 'Node.js 22 is the runtime this project targets and tests; moving to a newer runtime is a deliberate upgrade, not a silent default.',
      },
    );

    if (props.alarmTopic) {
      this.errorsAlarm = new cloudwatch.Alarm(this, 'ErrorsAlarm', {
        alarmDescription: `The ${props.name} function reported errors.`,
        metric: this.metricErrors({ period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      this.errorsAlarm.addAlarmAction(new cloudwatchActions.SnsAction(props.alarmTopic));
    }
  }

  /** `articles/*`: read and list (collect). */
  readArticles(bucket: s3.IBucket): this {
    return this.readArea(bucket, 'articles');
  }

  /** `issues/*`: read and list (issue, digest, ledger, report). */
  readIssues(bucket: s3.IBucket): this {
    return this.readArea(bucket, 'issues');
  }

  /** `issues/*`: create and overwrite (nothing is ever deleted: a lock is released by a new record). */
  writeIssues(bucket: s3.IBucket): this {
    return this.allowObjects(bucket, 'issues', ['s3:PutObject']);
  }

  /** `archive/*`: read, list and write (each issue's web page, the index and the feed). */
  publishArchive(bucket: s3.IBucket): this {
    this.readArea(bucket, 'archive');
    return this.allowObjects(bucket, 'archive', ['s3:PutObject']);
  }

  /** `suppressions/*`: read and list (the delivery engine skips suppressed addresses). */
  readSuppressions(bucket: s3.IBucket): this {
    return this.readArea(bucket, 'suppressions');
  }

  /** `suppressions/*`: create only; suppressions are never deleted by a function. */
  writeSuppressions(bucket: s3.IBucket): this {
    return this.allowObjects(bucket, 'suppressions', ['s3:PutObject']);
  }

  /** `suppressions/*`: delete (sign-up lifts an unsubscribe when the person confirms again; never a bounce or complaint). */
  liftSuppressions(bucket: s3.IBucket): this {
    return this.allowObjects(bucket, 'suppressions', ['s3:DeleteObject']);
  }

  /**
   * SES `SendRawEmail` from exactly this identity, with exactly this From
   * address, through exactly this configuration set. No `GetSendQuota`: the
   * stack always configures the rate, and `digest send` checks the quota
   * before a run starts. In the SES sandbox a send is also authorised against
   * each recipient's identity: the editors' test addresses are listed, so
   * test sends work before production access.
   */
  sendFrom(mail: SendingIdentity, recipientIdentityArns: readonly string[] = []): this {
    this.addToRolePolicy(sendRawEmailStatement('SendThroughTheDigestIdentity', mail, recipientIdentityArns));
    return this;
  }

  /** Reads the HMAC secret once per cold start. */
  readSecret(secret: secretsmanager.ISecret): this {
    secret.grantRead(this);
    return this;
  }

  private readArea(bucket: s3.IBucket, area: BucketArea): this {
    this.allowListing(bucket);
    return this.allowObjects(bucket, area, ['s3:GetObject']);
  }

  private allowObjects(bucket: s3.IBucket, area: BucketArea, actions: string[]): this {
    this.addToRolePolicy(new iam.PolicyStatement({ actions, resources: [objectsIn(bucket, area)] }));
    Validations.of(this).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${bucketLogicalId(bucket)}.Arn>/${keysIn(area)}]`,
      reason: `Objects are named by date and address hash under ${keysIn(area)}; the grant is limited to that prefix and to ${actions.join(', ')}.`,
    });
    return this;
  }

  /**
   * `s3:ListBucket` on the bucket itself, unconditioned: the store lists a
   * day's prefix, and S3 answers a GetObject for a missing key with 404
   * (which the store maps to "absent") only when the caller may list the
   * bucket; otherwise it answers 403. Listing shows key names, never contents.
   */
  private allowListing(bucket: s3.IBucket): void {
    if (this.listingGranted) return;
    this.listingGranted = true;
    this.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
  }
}

/** What a function may send as: the SES identity, the From address on it, the configuration set. */
export interface SendingIdentity {
  readonly identityArn: string;
  readonly configurationSetArn: string;
  /** The bare From address (`digest@example.org`); a domain identity would otherwise let the role send as anyone@domain. */
  readonly fromAddress: string;
}

/** `ses:SendRawEmail` on the identity (and any sandbox recipient identities) and the configuration set, From one address only. */
export function sendRawEmailStatement(sid: string, mail: SendingIdentity, recipientIdentityArns: readonly string[] = []): iam.PolicyStatement {
  return new iam.PolicyStatement({
    sid,
    actions: ['ses:SendRawEmail'],
    resources: [mail.identityArn, ...recipientIdentityArns, mail.configurationSetArn],
    conditions: { StringEquals: { 'ses:FromAddress': mail.fromAddress } },
  });
}

/** Source maps for stack traces, and the heap limit when one is set. */
export function nodeOptions(heapMb?: number): string {
  return heapMb ? `--enable-source-maps --max-old-space-size=${heapMb}` : '--enable-source-maps';
}

/** The bucket's CloudFormation logical id, as cdk-nag names it in IAM5 findings. */
function bucketLogicalId(bucket: s3.IBucket): string {
  const resource = bucket.node.defaultChild;
  if (!(resource instanceof CfnElement)) return bucket.node.id;
  return String(Stack.of(bucket).resolve(resource.logicalId));
}

/** An empty CommonJS module that the `mjml` profile substitutes for packages never used while rendering. */
export const EMPTY_MODULE = 'cdk/bundling/empty-module.cjs';

/**
 * How every function is bundled (and bench/cold.ts's SDK floor bundles, from
 * this same object). Code splitting keeps a cold start to the code the
 * handler needs at import: what a handler loads with `await import()` (MJML,
 * the article extractors, nodemailer, the language detector's n-gram table)
 * lands in chunk files next to `index.mjs` that Node reads and parses only
 * when first used. In a single-file bundle that code would cost its parse
 * time at every cold start even unevaluated (≈ 50 ms for MJML's 3 MB).
 * Chunks sit beside `index.mjs`, not in a subfolder, so `import.meta.url`
 * resolves `./templates/` and the collect worker's own URL the same from any
 * of them. (NodejsFunction can't split: it always passes esbuild `--outfile`,
 * which splitting refuses; hence the construct bundles itself.)
 */
export function esbuildOptions(profile: BundleProfile): BuildOptions {
  return {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    splitting: true,
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    mainFields: ['module', 'main'],
    minify: true,
    sourcemap: true,
    // Stack traces get file and line numbers; the sources themselves stay out of the asset.
    sourcesContent: false,
    // The AWS SDK is bundled too, pinned to the version the tests ran against, not whatever the runtime ships.
    external: profile === 'mjml' ? ['typescript'] : [],
    alias: profile === 'mjml' ? { undici: join(PROJECT_ROOT, EMPTY_MODULE), 'iconv-lite': join(PROJECT_ROOT, EMPTY_MODULE) } : {},
    // Bundled CommonJS packages call `require` (and some read `__dirname`); ESM has neither. Every chunk gets the banner.
    banner: {
      js: [
        "import { createRequire as __digestCreateRequire } from 'node:module';",
        "import { fileURLToPath as __digestFileURLToPath } from 'node:url';",
        'const require = __digestCreateRequire(import.meta.url);',
        'const __filename = __digestFileURLToPath(import.meta.url);',
        "const __dirname = __digestFileURLToPath(new URL('.', import.meta.url));",
      ].join(''),
    },
    logLevel: 'error',
  };
}

/**
 * The function's asset: `<entry>` bundled into `index.mjs` (+ chunks and
 * source maps) by the esbuild installed with the project, in-process, never
 * in Docker; `templates/` copied beside it when asked. Hashed by output, so
 * an unchanged bundle is not uploaded again. With bundling skipped
 * (`aws:cdk:bundling-stacks: []`, the template tests) nothing is built.
 */
function bundledCode(entry: string, profile: BundleProfile, withTemplates: boolean): lambda.Code {
  return lambda.Code.fromAsset(PROJECT_ROOT, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Required by the type; never pulled, because local bundling always succeeds or throws.
      image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs22.x'),
      local: new EsbuildBundling(entry, profile, withTemplates),
    },
  });
}

/**
 * Bundles in-process. Its fields are part of the asset cache key CDK derives
 * from the bundling options (a function property would not be), so two
 * functions never share a bundle.
 */
class EsbuildBundling implements ILocalBundling {
  constructor(
    readonly entry: string,
    readonly profile: BundleProfile,
    readonly withTemplates: boolean,
  ) {}

  tryBundle(outputDir: string): boolean {
    buildSync({ ...esbuildOptions(this.profile), entryPoints: { index: this.entry }, outdir: outputDir, absWorkingDir: PROJECT_ROOT });
    if (this.withTemplates) cpSync(join(PROJECT_ROOT, 'templates'), join(outputDir, 'templates'), { recursive: true });
    return true;
  }
}
