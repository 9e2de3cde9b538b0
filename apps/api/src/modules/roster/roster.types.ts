import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Employee } from '../organisation/employee.entity.js';
import { OrgUnit } from '../organisation/org-unit.entity.js';
import { ShiftPattern } from './roster.entities.js';

@ObjectType({ description: 'One employee’s roster on one date: a shift, or a day off (libur).' })
export class RosterCell {
  @Field(() => ID)
  employeeId!: string;

  @Field(() => GraphQLLocalDate)
  date!: string;

  /** The shift's id (RosterCell.shift is resolved through a loader); null on a day off. */
  shiftId!: string | null;

  @Field(() => Boolean)
  dayOff!: boolean;
}

@ObjectType()
export class RosterRow {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => [RosterCell], { description: 'Only the dates set on the roster within the range.' })
  cells!: RosterCell[];

  @Field(() => Int, { description: 'Rostered working days (shifts) in the range.' })
  workingDays!: number;
}

@ObjectType({ description: 'A unit’s roster (jadwal dinas) over a range of dates.' })
export class Roster {
  @Field(() => OrgUnit)
  unit!: OrgUnit;

  @Field(() => GraphQLLocalDate)
  from!: string;

  @Field(() => GraphQLLocalDate)
  to!: string;

  @Field(() => [ShiftPattern], { description: 'The unit’s active shifts, by start time.' })
  patterns!: ShiftPattern[];

  @Field(() => [RosterRow], {
    description: 'Everyone whose position is in the unit (not its sub-units), by name.',
  })
  rows!: RosterRow[];

  @Field(() => Boolean)
  canEdit!: boolean;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Dates before this are in a closed month and cannot be changed (null if none).',
  })
  closedBefore!: string | null;
}

@ObjectType()
export class RosterChange {
  @Field(() => Int)
  saved!: number;

  @Field(() => Int)
  cleared!: number;
}

@ObjectType()
export class RosterImportRow {
  @Field(() => Int, { description: 'Line (CSV) or row (XLSX) in the file; the header is 1.' })
  row!: number;

  @Field(() => String, { nullable: true })
  nip!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  date!: string | null;

  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the row was rejected, in the caller’s language; null when it is fine.',
  })
  error!: string | null;
}

@ObjectType({
  description: 'Outcome of a roster import: all rows saved, or (any row rejected) nothing saved.',
})
export class RosterImportResult {
  @Field(() => Int)
  saved!: number;

  @Field(() => [RosterImportRow])
  rows!: RosterImportRow[];

  @Field(() => Int)
  errors!: number;
}
