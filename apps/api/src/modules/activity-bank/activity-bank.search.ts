/**
 * Ranked search of the activity bank in one statement. A query is split into tokens, each
 * expanded with its abbreviations (abbreviations.ts); an item matches when every token matches
 * one of its alternatives, a word of the alternative matching when a word of the item's search
 * text starts with it (prefix), contains it (Indonesian affixes: "susun" in "menyusun"), or is
 * close to it (pg_trgm word similarity: typos). Candidates are first narrowed with the indexed
 * full-text ('simple' config) and trigram operators on `search_text`.
 *
 * Ranking: the caller's favourites, then the items they logged in the last 60 days, then by
 * relevance (mean token score, similarity of the name to the expanded query, full-text rank),
 * then by name. Without a query: favourites, recent, name.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql.js';
import { expandedText, expandQuery, type TokenGroup } from './abbreviations.js';
import type { ActivityCategory, ActivityItemStatus } from './activity-bank.enums.js';
import { ITEM_APPLIES } from './applicability.js';

/** Days back that make an item "recent" for the caller. */
export const RECENT_DAYS = 60;
/** A token matches an item when its best alternative scores at least this (0–1). */
export const MATCH_THRESHOLD = 0.55;

export interface SearchOptions {
  agencyId: string;
  search: string | null;
  category: ActivityCategory | null;
  limit: number;
  offset: number;
}

/** What an employee may log: published items that apply to their position. */
export interface EmployeeSearch extends SearchOptions {
  kind: 'employee';
  employeeId: string;
  today: string;
}

/** What an admin manages: any status, the whole bank or one department's items. */
export interface AdminSearch extends SearchOptions {
  kind: 'admin';
  status: ActivityItemStatus | null;
  /** For a department admin: the department's units (it and everything below). */
  departmentUnitIds: string[] | null;
  /** A filter: only items inside these units (a unit and everything below it). */
  withinUnitIds: string[] | null;
}

export interface SearchPage {
  ids: string[];
  totalCount: number;
}

/** to_tsquery text: every group as (alt1 | alt2 …), each alternative its words as prefixes. */
function tsQuery(groups: TokenGroup[], join: ' & ' | ' | '): string {
  return groups
    .map((g) => `(${g.map((alt) => `(${alt.map((w) => `${w}:*`).join(' & ')})`).join(' | ')})`)
    .join(join);
}

/** Score of word `w` in the item's search text `i.search_text`, 0–1. */
const WORD_SCORE = `case
  when i.search_text ~ ('\\m' || w.word) then 1.0
  when length(w.word) >= 4 and strpos(i.search_text, w.word) > 0 then 0.85
  when length(w.word) >= 4 then word_similarity(w.word, i.search_text)
  else 0 end`;

/** The SQL condition that an item lies inside a department (its units are `$d::uuid[]`). */
export function itemInDepartment(d: string): string {
  return `(cardinality(i.scope_position_kinds) = 0
    and cardinality(i.scope_unit_ids) + cardinality(i.scope_position_ids) > 0
    and i.scope_unit_ids <@ ${d}::uuid[]
    and not exists (select 1 from position sp where sp.agency_id = i.agency_id
                     and sp.id = any(i.scope_position_ids) and not (sp.unit_id = any(${d}::uuid[]))))`;
}

/** A LIKE pattern for codes starting with the search (one word that could be a code), else null. */
export function codePrefix(search: string): string | null {
  const text = search.trim().toUpperCase();
  if (!/^[A-Z0-9][A-Z0-9._/-]*$/.test(text)) return null;
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function searchItems(
  em: EntityManager,
  o: EmployeeSearch | AdminSearch,
): Promise<SearchPage> {
  const groups = o.search ? expandQuery(o.search) : [];
  const params: unknown[] = [o.agencyId];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };

  const joins: string[] = [];
  const where: string[] = ['i.agency_id = $1'];
  let tiers = '';
  if (o.kind === 'employee') {
    const employee = p(o.employeeId);
    joins.push(
      `join employee e on e.agency_id = i.agency_id and e.id = ${employee}`,
      `left join position p on p.agency_id = e.agency_id and p.id = e.position_id`,
      `left join activity_favourite f on f.agency_id = i.agency_id and f.employee_id = e.id and f.item_id = i.id`,
      `left join (select a.item_id, max(a.date) as last_date from activity_entry a
                   where a.agency_id = $1 and a.employee_id = ${employee}
                     and a.date > ${p(o.today)}::date - ${RECENT_DAYS}
                   group by a.item_id) r on r.item_id = i.id`,
    );
    where.push(`i.status = 'PUBLISHED'`, ITEM_APPLIES);
    tiers =
      '(f.item_id is not null) desc, (r.item_id is not null) desc, r.last_date desc nulls last,';
  } else {
    if (o.status) where.push(`i.status = ${p(o.status)}::activity_item_status`);
    if (o.departmentUnitIds) where.push(itemInDepartment(p(o.departmentUnitIds)));
    if (o.withinUnitIds) where.push(itemInDepartment(p(o.withinUnitIds)));
  }
  if (o.category) where.push(`i.category = ${p(o.category)}::activity_category`);

  // Admins also look items up by code ("GURU.001", "guru."): the code's prefix matches first.
  const code = o.kind === 'admin' && o.search ? codePrefix(o.search) : null;
  const codeMatch = code ? `upper(i.code) like ${p(code)}` : null;
  let relevance = codeMatch ? `(${codeMatch}) desc,` : '';
  if (codeMatch && !groups.length) where.push(codeMatch);
  if (groups.length) {
    const words = [...new Set(groups.flat(2))];
    // Candidates through the indexes (full text with prefixes, trigram containment and similarity).
    const candidate = `(to_tsvector('simple', i.search_text) @@ to_tsquery('simple', ${p(tsQuery(groups, ' | '))})
      or i.search_text like any(${p(words.map((w) => `%${w}%`))}::text[])
      or exists (select 1 from unnest(${p(words)}::text[]) u(word) where u.word <% i.search_text))`;
    joins.push(`cross join lateral (
      select min(g.score) as worst, avg(g.score) as mean from (
        select max(a.score) as score from (
          select q.ord, (select min(${WORD_SCORE}) from jsonb_array_elements_text(alt.value) w(word)) as score
            from jsonb_array_elements(${p(JSON.stringify(groups))}::jsonb) with ordinality q(alts, ord),
                 jsonb_array_elements(q.alts) alt
        ) a group by a.ord
      ) g
    ) s`);
    const text = `(${candidate} and s.worst >= ${MATCH_THRESHOLD})`;
    where.push(codeMatch ? `(${codeMatch} or ${text})` : text);
    relevance += `s.mean + 0.5 * similarity(lower(i.name), ${p(expandedText(groups))})
      + 0.3 * ts_rank(to_tsvector('simple', i.search_text), to_tsquery('simple', ${p(tsQuery(groups, ' & '))})) desc,`;
  }

  const rows = await query<{ id: string; total: string }>(
    em,
    `select i.id, count(*) over () as total
       from activity_item i
       ${joins.join('\n')}
      where ${where.join('\n and ')}
      order by ${tiers} ${relevance} i.name, i.id
      limit ${p(o.limit)} offset ${p(o.offset)}`,
    params,
  );
  if (rows.length === 0 && o.offset > 0) {
    // Past the end: the window count has no row to ride on.
    const [count] = await query<{ total: string }>(
      em,
      `select count(*) as total from activity_item i ${joins.join('\n')} where ${where.join(' and ')}`,
      params.slice(0, -2),
    );
    return { ids: [], totalCount: Number(count?.total ?? 0) };
  }
  return { ids: rows.map((r) => r.id), totalCount: Number(rows[0]?.total ?? 0) };
}
