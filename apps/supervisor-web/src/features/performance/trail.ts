/**
 * The breadcrumb of a unit: its parents (as the API nests them) from the department down to the
 * unit itself, without the agency at the top (the "all departments" page stands for it).
 */
export interface TrailUnit {
  id: string;
  name: string;
  kind: string;
  parent?: TrailUnit | null;
}

export function unitTrail(unit: TrailUnit | null | undefined): { id: string; name: string }[] {
  const trail: { id: string; name: string }[] = [];
  for (let u = unit; u; u = u.parent) {
    if (u.kind !== 'AGENCY') trail.unshift({ id: u.id, name: u.name });
  }
  return trail;
}
