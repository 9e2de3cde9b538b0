import { Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../common/ids.js';

/** The tenant: one provincial, city or regency government. */
@ObjectType({ description: 'A regional government (pemerintah daerah): the tenant.' })
@Entity({ tableName: 'agency' })
export class Agency {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Field(() => String)
  @Property({ type: 'text' })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'IANA time zone of the agency; calendar dates are in it.' })
  @Property({ type: 'text' })
  timeZone: string & Opt = 'Asia/Jakarta';

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
