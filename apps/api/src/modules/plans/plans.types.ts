import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination/connection.js';
import { DecisionSource } from '../activities/activities.enums.js';
import { Evidence } from '../evidence/evidence.entity.js';
import { Employee } from '../organisation/employee.entity.js';
import { AlignmentFlag, IkiReportStatus, PendingKind, PlanStatus } from './plans.enums.js';
import {
  IkiRealisation,
  IkiReport,
  Indicator,
  PerformancePlan,
  PlannedResult,
} from './plans.entities.js';

@ObjectType({ description: 'A result in the alignment tree, with its owner and flags.' })
export class AlignmentNode {
  @Field(() => PlannedResult)
  result!: PlannedResult;

  @Field(() => Employee)
  owner!: Employee;

  @Field(() => PlanStatus)
  planStatus!: PlanStatus;

  @Field(() => Int, { description: 'Depth in the tree: 0 for a root.' })
  depth!: number;

  @Field(() => Boolean, {
    description:
      'The owner belongs to the unit asked for; false for the results above them shown for context.',
  })
  inUnit!: boolean;

  @Field(() => [AlignmentFlag])
  flags!: AlignmentFlag[];

  @Field(() => Int, { description: 'How many results (of anyone) support this one.' })
  supporters!: number;

  @Field(() => [AlignmentNode], { description: 'The results of the tree that support this one.' })
  children!: AlignmentNode[];
}

@ObjectType()
export class AlignmentCounts {
  @Field(() => Int, { description: 'People in the unit and below.' })
  people!: number;

  @Field(() => Int, { description: 'Of them, with a plan for the year (any status).' })
  plans!: number;

  @Field(() => Int)
  approvedPlans!: number;

  @Field(() => Int, { description: 'Results of the unit’s people.' })
  results!: number;

  @Field(() => Int)
  supportsNothing!: number;

  @Field(() => Int)
  unsupported!: number;
}

@ObjectType({
  description:
    'The tree of planned results of a unit’s people for a year, from the regional head’s results down (their supervisors’ results above them included for context).',
})
export class Alignment {
  @Field(() => ID)
  unitId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => [AlignmentNode], { description: 'The roots: results that support nothing.' })
  roots!: AlignmentNode[];

  @Field(() => [AlignmentNode], { description: 'Every node, depth first in tree order.' })
  nodes!: AlignmentNode[];

  @Field(() => AlignmentCounts)
  counts!: AlignmentCounts;
}

@ObjectType({ description: 'One indicator of the month’s IKI: what to report, or what was.' })
export class IkiLine {
  @Field(() => Indicator)
  indicator!: Indicator;

  @Field(() => PlannedResult)
  result!: PlannedResult;

  @Field(() => IkiRealisation, { nullable: true })
  realisation!: IkiRealisation | null;

  @Field(() => [Evidence])
  evidence!: Evidence[];

  @Field(() => Float, {
    nullable: true,
    description:
      'The indicator’s score: as fixed on approval, or (not approved yet) as approving the report now would fix it; null while nothing is reported.',
  })
  score!: number | null;
}

@ObjectType({
  description:
    'A month’s IKI of an employee: the report (if sent) or the indicators of the approved plan to fill in.',
})
export class IkiReportView {
  @Field(() => String, { description: 'YYYY-MM.' })
  period!: string;

  @Field(() => Employee)
  employee!: Employee;

  @Field(() => PerformancePlan, { nullable: true, description: 'The plan of the period’s year.' })
  plan!: PerformancePlan | null;

  @Field(() => IkiReport, { nullable: true })
  report!: IkiReport | null;

  @Field(() => IkiReportStatus, { nullable: true, description: 'Null: not sent yet.' })
  status!: IkiReportStatus | null;

  @Field(() => String, { description: 'The due date (YYYY-MM-DD), from the policy.' })
  dueDate!: string;

  @Field(() => Boolean, { description: 'The month is closed: nothing can be sent any more.' })
  closed!: boolean;

  @Field(() => Boolean, {
    description: 'The report was sent late, or (not sent yet) sending it now would be late.',
  })
  late!: boolean;

  @Field(() => Boolean, { description: 'The caller may send (or send again) the report now.' })
  canSubmit!: boolean;

  @Field(() => [IkiLine])
  lines!: IkiLine[];

  @Field(() => Float, { nullable: true, description: 'The IKI score once approved.' })
  score!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The IKI score as approving the report now would fix it (the mean of the lines’ scores), or as approved; null while not every indicator is reported.',
  })
  computedScore!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The SKP score so far: the mean of the year’s approved IKI scores up to the month.',
  })
  skpScore!: number | null;
}

@ObjectType({ description: 'A plan or IKI report waiting for the caller’s decision.' })
export class PendingDecision {
  @Field(() => PendingKind)
  kind!: PendingKind;

  @Field(() => ID, { description: 'The plan’s or report’s id.' })
  id!: string;

  @Field(() => Employee)
  employee!: Employee;

  @Field(() => Date)
  submittedAt!: Date;

  @Field(() => DecisionSource)
  decisionSource!: DecisionSource;

  @Field(() => Boolean, { description: 'Waiting past the policy’s escalation limit.' })
  escalated!: boolean;

  @Field(() => PerformancePlan, { nullable: true })
  plan!: PerformancePlan | null;

  @Field(() => IkiReport, { nullable: true })
  report!: IkiReport | null;
}

@ObjectType()
export class PendingDecisionEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => PendingDecision)
  node!: PendingDecision;
}

@ObjectType({ description: 'What waits for the caller’s decision, oldest submission first.' })
export class PendingDecisions {
  @Field(() => [PendingDecisionEdge])
  edges!: PendingDecisionEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
