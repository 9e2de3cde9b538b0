import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant.entity.js';

export enum EvidenceKind {
  IMAGE = 'IMAGE',
  DOCUMENT = 'DOCUMENT',
  /** An http(s) link (e.g. a teaching video), stored as the link and never fetched. */
  LINK = 'LINK',
}
registerEnumType(EvidenceKind, { name: 'EvidenceKind' });

/**
 * An uploaded photo or document (bukti dukung), whose bytes live in the storage, or a link, which
 * is only stored.
 */
@ObjectType({
  description: 'A photo, document or link attached to entries as evidence (bukti dukung).',
})
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

  /** Where the bytes are stored; null for a link. */
  @Property({ type: 'text', nullable: true })
  storageKey: string | null = null;

  /** The link itself (kind LINK), as given after normalising; never fetched by the server. */
  @Property({ type: 'text', nullable: true })
  linkUrl: string | null = null;

  @Property({ type: 'text', nullable: true })
  thumbnailKey: string | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  width: number | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  height: number | null = null;
}
