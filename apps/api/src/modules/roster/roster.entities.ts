import { Entity, type Opt, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant.entity.js';

/**
 * A shift of a unit that works in shifts (pola shift), e.g. P 07:00–14:00, S 14:00–21:00,
 * M 21:00–07:00. A shift whose end is not after its start ends on the next calendar day. The
 * unit, hours, length and whether it crosses midnight are exposed by roster.resolver.ts.
 */
@ObjectType({
  description:
    'A shift of a unit that works in shifts (pola shift), e.g. P 07:00–14:00, S 14:00–21:00, M 21:00–07:00.',
})
@Entity({ tableName: 'shift_pattern' })
export class ShiftPattern extends TenantEntity {
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => String, {
    description: 'Short code shown in roster cells and used in imports (1–4 letters or digits).',
  })
  @Property({ type: 'text' })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  /** HH:mm:ss as PostgreSQL returns a time. */
  @Property({ type: 'time' })
  startTime!: string;

  @Property({ type: 'time' })
  endTime!: string;

  @Field(() => Boolean, { description: 'False once deactivated (kept for the rosters using it).' })
  @Property({ type: 'boolean' })
  active: boolean & Opt = true;
}
