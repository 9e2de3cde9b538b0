import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination/connection.js';
import { Employee } from './employee.entity.js';

@ObjectType()
export class EmployeeEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Int, { description: 'Levels below the subtree’s root person (1 = direct report).' })
  depth!: number;

  @Field(() => Employee)
  node!: Employee;
}

@ObjectType()
export class EmployeeConnection {
  @Field(() => [EmployeeEdge])
  edges!: EmployeeEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType()
export class ImportRowError {
  @Field(() => Int, { description: 'Line in the file (the header is line 1).' })
  line!: number;

  @Field(() => String, { nullable: true })
  nip!: string | null;

  @Field(() => [String], {
    description: 'Every reason the row was rejected, in the caller’s language.',
  })
  messages!: string[];
}

@ObjectType({
  description: 'Outcome of an import: saved entirely, or (any row rejected) nothing saved.',
})
export class EmployeeImportResult {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => [ImportRowError])
  rejected!: ImportRowError[];
}

@ObjectType()
export class EmployeeSearchEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Employee)
  node!: Employee;
}

@ObjectType({ description: 'Employees found by adminEmployees, by name.' })
export class EmployeeSearchConnection {
  @Field(() => [EmployeeSearchEdge])
  edges!: EmployeeSearchEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
