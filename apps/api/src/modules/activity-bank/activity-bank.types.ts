import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination/connection.js';
import { ActivityItem } from './activity-item.entity.js';

@ObjectType()
export class ActivityItemEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => ActivityItem)
  node!: ActivityItem;
}

@ObjectType()
export class ActivityItemConnection {
  @Field(() => [ActivityItemEdge])
  edges!: ActivityItemEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType()
export class ActivityItemImportRowError {
  @Field(() => Int, { description: 'Line (CSV) or row (XLSX) in the file; the header is 1.' })
  line!: number;

  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field(() => [String], {
    description: 'Every reason the row was rejected, in the caller’s language.',
  })
  messages!: string[];
}

@ObjectType({
  description: 'Outcome of a bank import: saved entirely, or (any row rejected) nothing saved.',
})
export class ActivityItemImportResult {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => [ActivityItemImportRowError])
  rejected!: ActivityItemImportRowError[];
}
