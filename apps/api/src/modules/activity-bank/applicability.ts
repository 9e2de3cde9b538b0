/**
 * Which activity items apply to whom: one SQL condition used by every query that must agree on it
 * (search, logging, schedules). An item is general when all its scope lists are empty; otherwise it
 * applies to the listed positions, position kinds, or units and every unit below them.
 */

/**
 * A boolean SQL expression: item `i` (activity_item) applies to the employee whose position row is
 * `p` (position, possibly null through a left join). Needs `i`, `p` and the agency id as `$1`.
 */
export const ITEM_APPLIES = `(
  (cardinality(i.scope_position_ids) = 0 and cardinality(i.scope_position_kinds) = 0 and cardinality(i.scope_unit_ids) = 0)
  or p.id = any(i.scope_position_ids)
  or p.kind::text = any(i.scope_position_kinds)
  or (cardinality(i.scope_unit_ids) > 0 and exists (
    with recursive up(id) as (
      select p.unit_id
      union
      select o.parent_id from up join org_unit o on o.agency_id = $1 and o.id = up.id where o.parent_id is not null
    )
    select 1 from up where up.id = any(i.scope_unit_ids)
  ))
)`;
