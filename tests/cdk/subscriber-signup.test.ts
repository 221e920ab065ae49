import { CfnElement, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DigestStack } from '../../cdk/digest-stack.js';
import { ENV } from '../../functions/config/env-names.js';
import { roleGrants, synthesize } from './support.js';

function logicalId(construct: IConstruct): string {
  const element = construct instanceof CfnElement ? construct : construct.node.defaultChild;
  if (!(element instanceof CfnElement)) throw new Error(`${construct.node.path} has no CloudFormation element`);
  return String(Stack.of(construct).resolve(element.logicalId));
}

describe('SubscriberSignup with the cdk.json defaults', () => {
  let stack: DigestStack;
  let template: Template;
  let tableId: string;
  let bucketId: string;

  beforeAll(() => {
    ({ stack, template } = synthesize());
    tableId = logicalId(stack.signup.table);
    bucketId = Object.keys(template.findResources('AWS::S3::Bucket', { Properties: { VersioningConfiguration: Match.anyValue() } }))[0] ?? '';
  });

  it('keeps subscribers in one on-demand, encrypted table with point-in-time recovery, retained on stack deletion', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        SSESpecification: { SSEEnabled: true },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      },
    });
  });

  it('serves sign-up from a public function URL with reserved concurrency and the production configuration', () => {
    const fn = logicalId(stack.signup.function);
    template.hasResourceProperties('AWS::Lambda::Url', { AuthType: 'NONE', TargetFunctionArn: { 'Fn::GetAtt': [fn, 'Arn'] } });
    template.hasResourceProperties('AWS::Lambda::Function', {
      ReservedConcurrentExecutions: 5,
      Runtime: 'nodejs22.x',
      Environment: {
        Variables: Match.objectLike({
          [ENV.environment]: 'production',
          [ENV.subscribersTable]: { Ref: tableId },
          [ENV.sesConfigurationSet]: 'DigestTest',
          [ENV.unsubscribeUrl]: Match.anyValue(),
          [ENV.signupUrl]: Match.absent(),
        }),
      },
    });
  });

  it('grants the sign-up function single-item access to the table, one-identity sending, and only lifting suppressions', () => {
    const grants = roleGrants(template, logicalId(stack.signup.function.role!));
    const tableArn = `#{${tableId}.Arn}`;
    const onTable = grants.filter((grant) => grant.resources.includes(tableArn));
    expect(onTable).toEqual([{ actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'], resources: [tableArn] }]);
    expect(grants.flatMap((grant) => grant.resources).filter((resource) => resource.includes(tableId))).toEqual([tableArn]);
    expect(grants.find((grant) => grant.actions.includes('ses:SendRawEmail'))).toEqual({
      actions: ['ses:SendRawEmail'],
      resources: [
        'arn:#{AWS::Partition}:ses:#{AWS::Region}:#{AWS::AccountId}:identity/example.com',
        'arn:#{AWS::Partition}:ses:#{AWS::Region}:#{AWS::AccountId}:configuration-set/DigestTest',
      ],
      conditions: { StringEquals: { 'ses:FromAddress': 'digest@example.com' } },
    });
    const deletes = grants.filter((grant) => grant.actions.includes('s3:DeleteObject'));
    expect(deletes).toEqual([{ actions: ['s3:DeleteObject'], resources: [`#{${bucketId}.Arn}/suppressions/*`] }]);
    expect(grants.some((grant) => grant.actions.includes('s3:PutObject'))).toBe(false);
  });

  it('lets the render function (the freeze) scan the table, and no other pipeline function touch it', () => {
    for (const [name, fn] of Object.entries(stack.functions)) {
      if (name === 'signup' || name === 'render') continue;
      const resources = roleGrants(template, logicalId(fn.role!)).flatMap((grant) => grant.resources);
      expect(resources.filter((resource) => resource.includes(tableId)), name).toEqual([]);
    }
    const renderGrants = roleGrants(template, logicalId(stack.functions.render.role!));
    expect(renderGrants.filter((grant) => grant.resources.some((resource) => resource.includes(tableId)))).toEqual([
      { actions: ['dynamodb:Scan'], resources: [`#{${tableId}.Arn}`] },
    ]);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('^Renders'),
      Environment: { Variables: Match.objectLike({ [ENV.subscribersTable]: { Ref: tableId } }) },
    });
  });

  it('tells the render function where readers sign up, so the archive index links to the form', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('^Renders'),
      Environment: { Variables: Match.objectLike({ [ENV.signupUrl]: Match.anyValue() }) },
    });
  });

  it('gives editors a separate policy: the table, and read and write under suppressions/ only', () => {
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      Description: Match.stringLikeRegexp('subscriber list'),
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Sid: 'ManageSubscribers', Action: ['dynamodb:Scan', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem'], Resource: { 'Fn::GetAtt': [tableId, 'Arn'] } }),
          Match.objectLike({ Sid: 'ReadAndWriteSuppressions', Action: ['s3:GetObject', 's3:PutObject'], Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/suppressions/*']] } }),
          Match.objectLike({ Sid: 'ListSuppressions', Condition: { StringLike: { 's3:prefix': ['suppressions/*'] } } }),
        ]),
      },
    });
  });

  it('outputs the table name and the sign-up URL under the names the CLI reads', () => {
    template.hasOutput('SubscribersTableName', { Value: { Ref: tableId } });
    template.hasOutput('SignupUrl', { Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('^SignupFunctionFunctionUrl'), 'FunctionUrl'] } });
    template.hasOutput('SubscriberEditorsPolicyArn', Match.anyValue());
  });
});

describe('SubscriberSignup context settings', () => {
  it('passes the public URL, allowed origins, declared fields and concurrency to the function', () => {
    const { stack, template } = synthesize({
      signupUrl: 'https://news.example.org/subscribe',
      signupOrigins: 'https://news.example.org, https://www.example.org',
      signupFields: 'city,Topics',
      signupReservedConcurrency: 3,
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      ReservedConcurrentExecutions: 3,
      Environment: {
        Variables: Match.objectLike({
          [ENV.signupUrl]: 'https://news.example.org/subscribe',
          [ENV.signupOrigins]: 'https://news.example.org,https://www.example.org',
          [ENV.signupFields]: 'city,topics',
        }),
      },
    });
    template.hasOutput('SignupUrl', { Value: 'https://news.example.org/subscribe' });
    expect(stack.signup.function).toBeDefined();
  });

  it('refuses settings that would fail at the first sign-up', () => {
    expect(() => synthesize({ signupUrl: 'http://insecure.example.org' })).toThrow(/signupUrl must be an https URL/);
    expect(() => synthesize({ signupOrigins: 'news.example.org' })).toThrow(/is not an origin/);
    expect(() => synthesize({ signupReservedConcurrency: 0 })).toThrow(/signupReservedConcurrency/);
  });
});
