import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { DigestStack } from './digest-stack.js';
import { readSettings } from './settings.js';

/**
 * The CDK app (`cdk.json`: `npx tsx cdk/app.ts`). Settings come from context;
 * the stack is environment-agnostic unless `account`/`region` are given, so
 * `npm run synth` works offline without credentials and makes no lookups.
 */
const app = new App();
const settings = readSettings(app.node);

new DigestStack(app, 'DigestStack', {
  stackName: settings.stackName,
  description: 'Daily digest: collect, render and send a newsletter through SES on a Step Functions fan-out.',
  settings,
  ...(settings.account || settings.region ? { env: { account: settings.account, region: settings.region } } : {}),
});
Tags.of(app).add('project', 'daily-digest');

// cdk-nag 3 is a policy-validation plugin: every finding must be fixed or
// acknowledged (Validations.of(construct).acknowledge) next to the resource.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

app.synth();
