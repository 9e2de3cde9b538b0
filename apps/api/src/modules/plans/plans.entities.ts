import { DecimalType, Entity, Enum, type Opt, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant.entity.js';
import { DecisionSource } from '../activities/activities.enums.js';
import { IkiReportStatus, IndicatorKind, PlanStatus, PracticeObservation } from './plans.enums.js';

/** A score stored in hundredths, as the decimal users see (8421 → 84.21). */
const percent = (hundredths: number | null): number | null =>
  hundredths === null ? null : hundredths / 100;

@ObjectType({
  description:
    'A teaching practice of the teachers’ plan template (rules.md; the agency edits the list).',
})
@Entity({ tableName: 'teaching_practice' })
export class TeachingPractice extends TenantEntity {
  @Field(() => String, { description: 'Stable code, e.g. DISIPLIN_POSITIF.' })
  @Property({ type: 'text' })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  sortOrder: number & Opt = 0;

  @Field(() => Boolean, {
    description: 'Inactive practices stay on old plans but are not offered.',
  })
  @Property({ type: 'boolean' })
  active: boolean & Opt = true;
}

@ObjectType({ description: 'An employee’s yearly performance plan (SKP).' })
@Entity({ tableName: 'performance_plan' })
export class PerformancePlan extends TenantEntity {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  employeeId!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => PlanStatus)
  @Enum({ items: () => PlanStatus, nativeEnumName: 'plan_status' })
  status: PlanStatus & Opt = PlanStatus.DRAFT;

  @Field(() => String, {
    nullable: true,
    description: 'The template the plan was built from (TEACHER), if any.',
  })
  @Property({ type: 'text', nullable: true })
  templateCode: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The teaching practice a teacher improves.' })
  @Property({ type: 'uuid', nullable: true })
  practiceId: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  decidedBy: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was returned (or a remark).' })
  @Property({ type: 'text', nullable: true })
  decisionNote: string | null = null;

  @Field(() => DecisionSource, { nullable: true })
  @Enum({ items: () => DecisionSource, nativeEnumName: 'decision_source', nullable: true })
  decisionSource: DecisionSource | null = null;
}

@ObjectType({ description: 'A planned result (RHK) of a plan.' })
@Entity({ tableName: 'planned_result' })
export class PlannedResult extends TenantEntity {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  planId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The supervisor’s result this one supports (intervensi); null while it supports nothing.',
  })
  @Property({ type: 'uuid', nullable: true })
  parentResultId: string | null = null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  sortOrder: number & Opt = 0;
}

@ObjectType({ description: 'A measurable indicator of a planned result (IKI), with its target.' })
@Entity({ tableName: 'indicator' })
export class Indicator extends TenantEntity {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  resultId!: string;

  @Field(() => IndicatorKind)
  @Enum({ items: () => IndicatorKind, nativeEnumName: 'indicator_kind' })
  kind!: IndicatorKind;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Float, {
    description:
      'The target each month’s realisation is measured against: > 0, at most two decimal places.',
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(14,2)' })
  target!: number;

  @Field(() => String, {
    description: 'The unit of the target and realisation (dokumen, %, hari).',
  })
  @Property({ type: 'text' })
  unit!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'For a teacher’s practice indicator: the practice observed.',
  })
  @Property({ type: 'uuid', nullable: true })
  practiceId: string | null = null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  sortOrder: number & Opt = 0;
}

@ObjectType({ description: 'A month’s IKI report of an employee: one realisation per indicator.' })
@Entity({ tableName: 'iki_report' })
export class IkiReport extends TenantEntity {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  employeeId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  planId!: string;

  @Field(() => String, { description: 'YYYY-MM.' })
  @Property({ type: 'text' })
  month!: string;

  @Field(() => IkiReportStatus)
  @Enum({ items: () => IkiReportStatus, nativeEnumName: 'iki_report_status' })
  status: IkiReportStatus & Opt = IkiReportStatus.SUBMITTED;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  submittedAt!: Date;

  @Field(() => Boolean, { description: 'Submitted after the due date (still before closing).' })
  @Property({ type: 'boolean' })
  late: boolean & Opt = false;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  decidedBy: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  decisionNote: string | null = null;

  @Field(() => DecisionSource, { nullable: true })
  @Enum({ items: () => DecisionSource, nativeEnumName: 'decision_source', nullable: true })
  decisionSource: DecisionSource | null = null;

  /** The IKI score in hundredths, set on approval. */
  @Property({ type: 'integer', nullable: true, fieldName: 'score' })
  scoreHundredths: number | null = null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The IKI score in percent (two places) once approved: the mean of the indicator scores.',
  })
  get score(): number | null {
    return percent(this.scoreHundredths);
  }
}

@ObjectType({ description: 'The realisation of one indicator in a month’s IKI report.' })
@Entity({ tableName: 'iki_realisation' })
export class IkiRealisation extends TenantEntity {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  reportId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  indicatorId!: string;

  @Field(() => Float)
  @Property({ type: new DecimalType('number'), columnType: 'numeric(14,2)' })
  realisation!: number;

  @Field(() => PracticeObservation, { nullable: true })
  @Enum({
    items: () => PracticeObservation,
    nativeEnumName: 'practice_observation',
    nullable: true,
  })
  observation: PracticeObservation | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** The indicator's score in hundredths, set on approval. */
  @Property({ type: 'integer', nullable: true, fieldName: 'score' })
  scoreHundredths: number | null = null;

  @Field(() => Float, { nullable: true, description: 'The indicator’s score once approved.' })
  get score(): number | null {
    return percent(this.scoreHundredths);
  }
}
