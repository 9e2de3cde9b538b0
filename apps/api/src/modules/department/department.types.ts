import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { OrgUnitKind } from '../organisation/organisation.enums.js';

@ObjectType({
  description:
    'How many people of a group fall in an achievement band: [from, to) in percent; the last band (to null) is exactly 100.',
})
export class DepartmentAchievementBand {
  @Field(() => String, { description: '“0–60”, “60–80”, “80–90”, “90–100” or “100”.' })
  label!: string;

  @Field(() => Float)
  from!: number;

  @Field(() => Float, { nullable: true })
  to!: number | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A group’s figures of one month of the trend.' })
export class DepartmentMonthFigures {
  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;

  @Field(() => Boolean, { description: 'Read from the frozen report cards of a closed month.' })
  fromSnapshot!: boolean;

  @Field(() => Int)
  headCount!: number;

  @Field(() => Float, { nullable: true })
  shareMeetingTarget!: number | null;

  @Field(() => Float, { nullable: true })
  meanAchievement!: number | null;

  @Field(() => Float, { nullable: true })
  meanDiscipline!: number | null;

  @Field(() => Float, { description: 'Rupiah.' })
  tppTotal!: number;
}

@ObjectType({
  description:
    'The figures of a unit and everything below it for one month (percentages with two decimals, money in rupiah, minutes).',
})
export class DepartmentFigures {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => OrgUnitKind)
  kind!: OrgUnitKind;

  @Field(() => Int, { description: 'Active employees placed in the unit or below it.' })
  headCount!: number;

  @Field(() => Int, { description: 'Employees whose counted minutes reached their target.' })
  meetingTargetCount!: number;

  @Field(() => Float, { nullable: true, description: 'meetingTargetCount ÷ headCount, percent.' })
  shareMeetingTarget!: number | null;

  @Field(() => Float, { nullable: true })
  meanAchievement!: number | null;

  @Field(() => Float, { nullable: true })
  meanDiscipline!: number | null;

  @Field(() => Int, { description: 'Submitted entries of the month still waiting for a decision.' })
  pendingEntries!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Days since the oldest of them was submitted (agency time zone).',
  })
  oldestPendingAgeDays!: number | null;

  @Field(() => Float, { description: 'Sum of the employees’ TPP of the month, rupiah.' })
  tppTotal!: number;

  @Field(() => Float, {
    description:
      'Sum of the full TPP bases of the employees who receive TPP (elected positions excluded), rupiah.',
  })
  tppBudget!: number;

  @Field(() => Float, { nullable: true, description: 'tppTotal ÷ tppBudget, percent.' })
  tppShareOfBudget!: number | null;

  @Field(() => Float, { description: 'Approved credited minutes of the month.' })
  approvedMinutes!: number;

  @Field(() => Float, {
    description: 'Net working minutes of the employees’ work calendars in the month.',
  })
  workingMinutes!: number;

  @Field(() => Float, { nullable: true, description: 'approvedMinutes ÷ workingMinutes, percent.' })
  workloadPercent!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Place among the listed departments by mean achievement (1 = highest).',
  })
  rank!: number | null;

  @Field(() => [DepartmentAchievementBand])
  distribution!: DepartmentAchievementBand[];

  @Field(() => [DepartmentMonthFigures], {
    description: 'The month and the five before it, oldest first.',
  })
  trend!: DepartmentMonthFigures[];
}

@ObjectType({ description: 'One department’s place in the ranking by mean achievement.' })
export class DepartmentRank {
  @Field(() => Int)
  rank!: number;

  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Float)
  meanAchievement!: number;
}

@ObjectType({ description: 'The executive’s view of the departments for one month.' })
export class DepartmentPerformance {
  @Field(() => String)
  period!: string;

  @Field(() => Boolean, { description: 'Read from the frozen report cards of a closed month.' })
  fromSnapshot!: boolean;

  @Field(() => DepartmentFigures, {
    nullable: true,
    description: 'The whole agency (null for a department admin).',
  })
  agency!: DepartmentFigures | null;

  @Field(() => [DepartmentFigures], {
    description:
      'Each department (the units directly under the agency root), in the order of the org chart.',
  })
  departments!: DepartmentFigures[];

  @Field(() => [DepartmentRank], {
    description: 'Departments with people, best mean achievement first.',
  })
  ranking!: DepartmentRank[];

  @Field(() => [DepartmentAchievementBand], {
    description: 'Everyone shown, by achievement band.',
  })
  distribution!: DepartmentAchievementBand[];
}

@ObjectType({ description: 'One person’s figures of the month in a drill-down.' })
export class DepartmentPerson {
  @Field(() => ID)
  employeeId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  nip!: string;

  @Field(() => String)
  positionName!: string;

  @Field(() => Float)
  achievement!: number;

  @Field(() => Float)
  discipline!: number;

  @Field(() => Boolean)
  meetsTarget!: boolean;

  @Field(() => Int)
  pendingEntries!: number;

  @Field(() => Int, { nullable: true, description: 'Null when read from a snapshot.' })
  targetMinutes!: number | null;

  @Field(() => Int, { nullable: true, description: 'Null when read from a snapshot.' })
  countedMinutes!: number | null;

  @Field(() => Float, { nullable: true, description: 'Rupiah; null for an elected position.' })
  tppTotal!: number | null;
}

@ObjectType({ description: 'Drill-down: a unit, each of its child units, and its own people.' })
export class UnitPerformance {
  @Field(() => String)
  period!: string;

  @Field(() => Boolean)
  fromSnapshot!: boolean;

  @Field(() => DepartmentFigures)
  unit!: DepartmentFigures;

  @Field(() => [DepartmentFigures], { description: 'Each child unit with its subtree.' })
  children!: DepartmentFigures[];

  @Field(() => [DepartmentRank])
  ranking!: DepartmentRank[];

  @Field(() => [DepartmentPerson], {
    description: 'The people placed directly in the unit (not in a child unit), by name.',
  })
  people!: DepartmentPerson[];
}
