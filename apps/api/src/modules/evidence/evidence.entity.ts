import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant.entity.js';

export enum EvidenceKind {
  IMAGE = 'IMAGE',
  DOCUMENT = 'DOCUMENT',
}
registerEnumType(EvidenceKind, { name: 'EvidenceKind' });

/** An uploaded photo or document (bukti dukung). Bytes live in the storage; this is the record. */
@ObjectType({ description: 'A photo or document attached to entries as evidence (bukti dukung).' })
@Entity({ tableName: 'evidence' })
export class Evidence extends TenantEntity {
  @Property({ type: 'uuid' })
  ownerId!: string;

  @Field(() => EvidenceKind)
  @Enum({ items: () => EvidenceKind, nativeEnumName: 'evidence_kind' })
  kind!: EvidenceKind;

  @Field(() => String)
  @Property({ type: 'text' })
  mimeType!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  originalName: string | null = null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  sizeBytes!: number;

  @Field(() => String, {
    description:
      'SHA-256 (hex) of the file as uploaded, before images are re-encoded: the same file uploaded twice has the same hash.',
  })
  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'text' })
  storageKey!: string;

  @Property({ type: 'text', nullable: true })
  thumbnailKey: string | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  width: number | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  height: number | null = null;
}
