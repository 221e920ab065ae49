import { Duration, TimeZone } from 'aws-cdk-lib';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface DailyScheduleProps {
  readonly stateMachine: sfn.IStateMachine;
  /** Local send time in the newsroom's zone. */
  readonly hour: number;
  readonly minute: number;
  /** The newsroom's IANA time zone, e.g. `Europe/Berlin`; the schedule follows its daylight saving. */
  readonly timeZone: string;
  readonly enabled: boolean;
  /** Receives the schedule's event when StartExecution still fails after the retries. */
  readonly deadLetterQueue: sqs.IQueue;
}

/**
 * An EventBridge Scheduler schedule, daily at hour:minute in the newsroom's
 * time zone (`ScheduleExpressionTimezone`), so the send keeps its local hour
 * across daylight-saving changes: on the day clocks change it still fires
 * once. It starts the state machine with `{"date": "<scheduled time>"}`, the
 * schedule's instant in UTC (`2026-03-29T04:00:00Z`); the collect step turns
 * that into the newsroom's calendar day (functions/core/schedule/issue-day.ts),
 * because splitting the UTC instant gives the wrong day near midnight.
 *
 * Exactly at the set time (no flexible window); retried for up to two hours,
 * then the event goes to the dead-letter queue, which alarms.
 */
export class DailySchedule extends Construct {
  readonly schedule: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: DailyScheduleProps) {
    super(scope, id);
    const time = `${pad(props.hour)}:${pad(props.minute)}`;
    this.schedule = new scheduler.Schedule(this, 'Schedule', {
      description: `Starts the daily digest at ${time} ${props.timeZone} time.`,
      schedule: scheduler.ScheduleExpression.cron({
        minute: String(props.minute),
        hour: String(props.hour),
        timeZone: TimeZone.of(props.timeZone),
      }),
      timeWindow: scheduler.TimeWindow.off(),
      enabled: props.enabled,
      target: new targets.StepFunctionsStartExecution(props.stateMachine, {
        input: scheduler.ScheduleTargetInput.fromObject({ date: scheduler.ContextAttribute.scheduledTime }),
        deadLetterQueue: props.deadLetterQueue,
        retryAttempts: 8,
        maxEventAge: Duration.hours(2),
      }),
    });
  }
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
