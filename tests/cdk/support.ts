import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { DigestStack } from '../../cdk/digest-stack.js';
import { readSettings } from '../../cdk/settings.js';

const NAMES = ['collect', 'render', 'send', 'summarize', 'unsubscribe', 'feedback', 'signup'] as const;

let placeholderDir: string | undefined;

/**
 * These tests assert on the template, not on the code: bundling is skipped
 * (`aws:cdk:bundling-stacks: []`), so the entries only need to exist for
 * NodejsFunction's path check. They live in a temporary folder, so these tests
 * do not depend on the handlers (tests/cdk/bundles.test.ts bundles the real ones).
 * NodejsFunction wants entries under the project root: a git-ignored cache folder.
 */
function entryPlaceholders(): string {
  if (placeholderDir) return placeholderDir;
  placeholderDir = fileURLToPath(new URL(`../../node_modules/.cache/digest-cdk-entries/${process.pid}/`, import.meta.url));
  mkdirSync(placeholderDir, { recursive: true });
  for (const name of NAMES) writeFileSync(join(placeholderDir, `${name}.ts`), '// never bundled: bundling is skipped in template tests\n');
  return placeholderDir;
}

export interface Built {
  app: App;
  stack: DigestStack;
}

export interface Synthesized extends Built {
  template: Template;
}

/** The app and stack as `cdk/app.ts` builds them, with bundling skipped and CloudFormation validation off. */
export function build(context: Record<string, unknown> = {}, stackName = 'DigestTest'): Built {
  const app = new App({
    context: { 'aws:cdk:bundling-stacks': [], allowPlaceholders: true, ...context },
    builtinCloudFormationValidation: false,
  });
  const settings = readSettings(app.node);
  const stack = new DigestStack(app, 'DigestStack', { stackName, settings, entryDir: entryPlaceholders() });
  return { app, stack };
}

export function synthesize(context: Record<string, unknown> = {}): Synthesized {
  const built = build(context);
  return { ...built, template: Template.fromStack(built.stack) };
}

/** A CloudFormation value with intrinsics flattened to `#{LogicalId}` / `#{LogicalId.Attr}` placeholders. */
export function flatten(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('Fn::Join' in record) {
      const [separator, parts] = record['Fn::Join'] as [string, unknown[]];
      return parts.map(flatten).join(separator);
    }
    if ('Ref' in record) return `#{${String(record.Ref)}}`;
    if ('Fn::GetAtt' in record) return `#{${(record['Fn::GetAtt'] as string[]).join('.')}}`;
  }
  return JSON.stringify(value);
}

/** The state machine's ASL, parsed. */
export function stateMachineDefinition(template: Template): AslDefinition {
  const machines = template.findResources('AWS::StepFunctions::StateMachine');
  const [machine] = Object.values(machines);
  if (!machine) throw new Error('no state machine in the template');
  return JSON.parse(flatten(machine.Properties.DefinitionString)) as AslDefinition;
}

export interface AslDefinition {
  StartAt: string;
  States: Record<string, Record<string, any>>;
  [key: string]: unknown;
}

export interface Grant {
  actions: string[];
  resources: string[];
  /** Present only on a statement that has conditions. */
  conditions?: unknown;
}

/** Every Allow statement in the inline policies attached to a role, flattened. */
export function roleGrants(template: Template, roleLogicalId: string): Grant[] {
  const policies = Object.values(template.findResources('AWS::IAM::Policy')).filter((policy) =>
    (policy.Properties.Roles as unknown[]).some((role) => flatten(role) === `#{${roleLogicalId}}`),
  );
  return policies.flatMap((policy) =>
    (policy.Properties.PolicyDocument.Statement as Array<Record<string, unknown>>)
      .filter((statement) => statement.Effect === 'Allow')
      .map((statement) => ({
        actions: ([] as unknown[]).concat(statement.Action).map(String),
        resources: ([] as unknown[]).concat(statement.Resource).map(flatten),
        ...(statement.Condition === undefined ? {} : { conditions: statement.Condition }),
      })),
  );
}
