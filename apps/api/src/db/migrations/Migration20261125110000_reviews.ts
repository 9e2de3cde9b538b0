import { Migration } from '@mikro-orm/migrations';

/**
 * The 360° behaviour review and the peer ranking (rules.md, "The 360° behaviour review").
 *
 * - peer_draw: one random draw per month, purpose and group — RANKING for a peer group (a
 *   department, or a unit when the policy says so), REVIEW for the 360° peers of one unit — with
 *   its stored seed, the members it was drawn over and the size, so the design
 *   (@kinerja/scoring balancedDesign) can be recomputed and checked. The unique key makes
 *   concurrent first requests safe (insert … on conflict do nothing, then re-read).
 * - peer_ranking_assignment: each member's drawn coworkers (materialised at the draw), and once
 *   submitted their order (best first) and the coworker named best performer.
 * - behaviour_review: one rater's ratings of one person for a month: seven scores of 1–10 in the
 *   order of the BerAKHLAK values, optional comments, and the rater's relation to the person rated
 *   (SELF, SUPERVISOR, PEER, SUBORDINATE). Rows are written only on submission; assignments are
 *   derived from the hierarchy and the REVIEW draw.
 */
export class Migration20261125110000_reviews extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type rater_kind as enum ('SELF','SUPERVISOR','PEER','SUBORDINATE')`);
    this.addSql(`
      create table peer_draw (
        agency_id uuid not null references agency (id),
        id uuid not null,
        month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        purpose text not null check (purpose in ('RANKING','REVIEW')),
        group_unit_id uuid not null,
        seed text not null,
        size smallint not null check (size >= 0),
        member_ids uuid[] not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        unique (agency_id, month, purpose, group_unit_id),
        foreign key (agency_id, group_unit_id) references org_unit (agency_id, id)
      )`);
    this.addSql(`
      create table peer_ranking_assignment (
        agency_id uuid not null references agency (id),
        id uuid not null,
        draw_id uuid not null,
        month text not null,
        rater_id uuid not null,
        coworker_ids uuid[] not null,
        ordered_ids uuid[],
        best_id uuid,
        submitted_at timestamptz,
        late boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        unique (agency_id, month, rater_id),
        foreign key (agency_id, draw_id) references peer_draw (agency_id, id) on delete cascade,
        foreign key (agency_id, rater_id) references employee (agency_id, id),
        foreign key (agency_id, best_id) references employee (agency_id, id),
        check ((submitted_at is null) = (ordered_ids is null)),
        check (best_id is null or best_id = any (ordered_ids))
      )`);
    this.addSql(
      `create index peer_ranking_assignment_draw_idx on peer_ranking_assignment (agency_id, draw_id)`,
    );
    this.addSql(`
      create table behaviour_review (
        agency_id uuid not null references agency (id),
        id uuid not null,
        month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        rater_id uuid not null,
        ratee_id uuid not null,
        kind rater_kind not null,
        scores smallint[] not null
          check (array_length(scores, 1) = 7 and 1 <= all (scores) and 10 >= all (scores)),
        comments text[] not null default '{NULL,NULL,NULL,NULL,NULL,NULL,NULL}'
          check (array_length(comments, 1) = 7),
        submitted_at timestamptz not null default now(),
        late boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        unique (agency_id, month, rater_id, ratee_id),
        foreign key (agency_id, rater_id) references employee (agency_id, id),
        foreign key (agency_id, ratee_id) references employee (agency_id, id),
        check ((kind = 'SELF') = (rater_id = ratee_id))
      )`);
    this.addSql(
      `create index behaviour_review_ratee_idx on behaviour_review (agency_id, ratee_id, month)`,
    );
  }
}
