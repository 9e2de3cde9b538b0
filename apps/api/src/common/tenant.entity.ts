import { type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { uuidv7 } from './ids.js';

/**
 * Base of every tenant table: it carries agency_id, and in the database its primary key is
 * (agency_id, id) and every foreign key between tenant tables includes agency_id, so a national
 * deployment can distribute by agency. MikroORM addresses rows by id, which stays unique.
 */
@ObjectType({ description: 'Base of tenant records (not queried directly).' })
export abstract class TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Property({ type: 'uuid', fieldName: 'agency_id' })
  agencyId!: string;

  @Property({ type: 'timestamptz', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
