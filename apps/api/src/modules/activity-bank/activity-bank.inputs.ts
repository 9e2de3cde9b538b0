import { IsOptional } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  AtLeast,
  AtMost,
  AtMostItems,
  EachTextLength,
  ItemCode,
  TextLength,
} from '../../common/validation.js';
import { PositionKind } from '../organisation/organisation.enums.js';
import { ActivityCategory } from './activity-bank.enums.js';

@InputType({
  description:
    'An activity item. With every scope list empty it is general (for everyone); otherwise it applies to the listed positions, position kinds or units (and the units below them).',
})
export class ActivityItemInput {
  @Field(() => String, { description: 'Unique in the agency, e.g. "UMUM.001" (stored uppercase).' })
  @TextLength(1, 40)
  @ItemCode()
  code!: string;

  @Field(() => String)
  @TextLength(3, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, 2000)
  description?: string | null;

  @Field(() => String, { description: 'Satuan hasil, e.g. dokumen, laporan, kegiatan.' })
  @TextLength(1, 60)
  outputUnit!: string;

  @Field(() => Int)
  @AtLeast(1)
  @AtMost(1440)
  standardMinutes!: number;

  @Field(() => ActivityCategory)
  category!: ActivityCategory;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @AtMostItems(200)
  scopePositionIds?: string[] | null;

  @Field(() => [PositionKind], { nullable: true })
  @IsOptional()
  @AtMostItems(3)
  scopePositionKinds?: PositionKind[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @AtMostItems(200)
  scopeUnitIds?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @AtMostItems(30)
  @EachTextLength(1, 60)
  keywords?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  requiresEvidence?: boolean | null;
}
