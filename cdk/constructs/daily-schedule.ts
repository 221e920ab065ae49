import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface DailyScheduleProps {
  readonly stateMachine: sfn.IStateMachine;
  /** UTC. */
  readonly hour: number;
  readonly minute: number;
  readonly enabled: boolean;
  /** Receives the event when StartExecution still fails after the retries. */
  readonly deadLetterQueue: sqs.IQueue;
}

/**
 * An EventBridge rule, daily at hour:minute UTC, that starts the state machine
 * with `{"date": "<the event's time>"}`, e.g. `{"date":"2025-01-31T06:00:00Z"}`.
 * The input transformer can only copy whole values, so the machine's first
 * state keeps the part before `T`: that day's date, in UTC.
 *
 * A rule rather than EventBridge Scheduler: the rule target has a dead-letter
 * queue and retry policy in the stable L2 API, and `$.time` of a scheduled
 * event is the scheduled time, which is all we need (Scheduler's time zones
 * and flexible windows would add nothing to a UTC schedule).
 */
export class DailySchedule extends Construct {
  readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: DailyScheduleProps) {
    super(scope, id);
    this.rule = new events.Rule(this, 'Rule', {
      description: `Starts the daily digest at ${pad(props.hour)}:${pad(props.minute)} UTC.`,
      schedule: events.Schedule.cron({ minute: String(props.minute), hour: String(props.hour) }),
      enabled: props.enabled,
    });
    this.rule.addTarget(
      new targets.SfnStateMachine(props.stateMachine, {
        input: events.RuleTargetInput.fromObject({ date: events.EventField.time }),
        deadLetterQueue: props.deadLetterQueue,
        retryAttempts: 8,
        maxEventAge: Duration.hours(2),
      }),
    );
  }
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
