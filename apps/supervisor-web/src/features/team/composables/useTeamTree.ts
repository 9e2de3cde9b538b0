import type { ResultOf } from '@kinerja/web-common';
import { computed, reactive } from 'vue';
import type { TeamMembersQuery } from '../team.documents';
import { ROOT, visibleRows, type Level, type Row } from '../teamTree';

/** One person of a level, with the month's figures (teamMembers). */
export type TeamNode = ResultOf<typeof TeamMembersQuery>['teamMembers']['edges'][number]['node'];

/** A person as the tree handles them: opening them shows their direct reports. */
export interface TreeMember {
  id: string;
  name: string;
  expandable: boolean;
  node: TeamNode;
}

export interface LevelPage {
  members: TeamNode[];
  total: number;
  endCursor: string | null;
  hasMore: boolean;
}

/** Asks for a page of the people reporting directly to `of` (null: the caller), after a cursor. */
export type LevelLoader = (of: string | null, after: string | null) => Promise<LevelPage>;

export type TreeRow = Row<TreeMember>;

const toMember = (node: TeamNode): TreeMember => ({
  id: node.employee.id,
  name: node.employee.name,
  expandable: node.directReportCount > 0,
  node,
});

/**
 * The branches open in the team tree during this visit of the app: going to a report card and
 * back reopens them.
 */
export const rememberedBranches = reactive(new Set<string>());

/** The employee whose reports a level holds: the last id of its key (null for the caller's). */
export function ofKey(key: string): string | null {
  return key === ROOT ? null : key.slice(key.lastIndexOf('>') + 1);
}

/**
 * The team tree's state: levels loaded lazily, one request per level and page, as nodes open.
 * `reset` (a new month) forgets the levels but keeps which nodes are open, and loads them again as
 * their parents arrive; answers for a month no longer shown are dropped. `load` is read on each
 * request, so it may depend on the month shown.
 */
export function useTeamTree(
  load: LevelLoader,
  options: {
    /** Told when a person's reports have arrived (for a screen-reader announcement). */
    onLoaded?: (key: string, count: number) => void;
    /** The open nodes, kept by the caller to outlive the component (see rememberedBranches). */
    expanded?: Set<string>;
  } = {},
) {
  const { onLoaded } = options;
  const levels = reactive(new Map<string, Level<TreeMember>>());
  const expanded = options.expanded ?? reactive(new Set<string>());
  let generation = 0;

  const rows = computed<TreeRow[]>(() => visibleRows({ levels, expanded }));
  const root = computed(() => levels.get(ROOT) ?? null);

  async function loadLevel(key: string, append = false): Promise<void> {
    const started = generation;
    const previous = levels.get(key);
    if (previous?.loading) return;
    levels.set(key, {
      members: append ? (previous?.members ?? []) : [],
      total: previous?.total ?? 0,
      endCursor: append ? (previous?.endCursor ?? null) : null,
      hasMore: append ? (previous?.hasMore ?? false) : false,
      loading: true,
      error: null,
    });
    try {
      const page = await load(ofKey(key), append ? (previous?.endCursor ?? null) : null);
      if (started !== generation) return;
      const level = levels.get(key)!;
      const added = page.members.map(toMember);
      level.members = append ? [...level.members, ...added] : added;
      level.total = page.total;
      level.endCursor = page.endCursor;
      level.hasMore = page.hasMore;
      level.loading = false;
      if (key !== ROOT) onLoaded?.(key, added.length);
      for (const m of added) {
        const child = `${key}>${m.id}`;
        if (m.expandable && expanded.has(child)) void loadLevel(child);
      }
    } catch (error) {
      if (started !== generation) return;
      const level = levels.get(key)!;
      level.loading = false;
      level.error = error;
    }
  }

  function expand(key: string): void {
    expanded.add(key);
    const level = levels.get(key);
    if (!level || (level.error && !level.loading)) void loadLevel(key);
  }

  function collapse(key: string): void {
    expanded.delete(key);
  }

  function toggle(key: string): void {
    if (expanded.has(key)) collapse(key);
    else expand(key);
  }

  /** The next page of a level. */
  function loadMore(key: string): void {
    void loadLevel(key, true);
  }

  /** Asks again for a level that failed (its pages so far are kept). */
  function retry(key: string): void {
    const level = levels.get(key);
    void loadLevel(key, Boolean(level?.members.length));
  }

  /** Starts over (a new month): the caller's level now, the open branches as they arrive. */
  function reset(): void {
    generation++;
    levels.clear();
    void loadLevel(ROOT);
  }

  return { rows, root, expanded, expand, collapse, toggle, loadMore, retry, reset };
}
