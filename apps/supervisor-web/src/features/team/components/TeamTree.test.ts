import { flushPromises, mount, RouterLinkStub, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from 'vue-i18n';
import en from '../locales/en.json';
import id from '../locales/id.json';
import type { LevelLoader, LevelPage, TeamNode } from '../composables/useTeamTree';
import TeamTree from './TeamTree.vue';

/** A person of a level, with the month's figures as teamMembers returns them. */
function node(
  idValue: string,
  name: string,
  over: Partial<TeamNode> & { reports?: number } = {},
): TeamNode {
  const { reports = 0, ...rest } = over;
  return {
    __typename: 'TeamMember',
    employee: {
      __typename: 'Employee',
      id: idValue,
      name,
      nip: `19900101201501${idValue.padStart(4, '0')}`.slice(0, 18),
      position: { __typename: 'Position', id: `p-${idValue}`, name: `Jabatan ${name}` },
      unit: { __typename: 'OrgUnit', id: `u-${idValue}`, name: `Unit ${name}` },
    },
    period: '2026-10',
    frozen: false,
    approvedMainMinutes: 5870,
    countedAdditionalMinutes: 0,
    targetMinutes: 7350,
    achievement: 79.86,
    pendingCount: 0,
    pendingMinutes: 0,
    directReportCount: reports,
    today: null,
    verification: reports
      ? {
          pendingCount: 0,
          oldestPendingAgeDays: null,
          decidedCount: 0,
          decidedOnTimeCount: 0,
          decidedOnTimePercent: null,
        }
      : null,
    ...rest,
  } as TeamNode;
}

const page = (members: TeamNode[], more: Partial<LevelPage> = {}): LevelPage => ({
  members,
  total: members.length,
  endCursor: null,
  hasMore: false,
  ...more,
});

const kabid = node('1', 'Ahmad Zulham', {
  reports: 2,
  verification: {
    pendingCount: 15,
    oldestPendingAgeDays: 4,
    decidedCount: 584,
    decidedOnTimeCount: 583,
    decidedOnTimePercent: 99.83,
  },
});
const sekretaris = node('2', 'Drs. H. Taufik Firdaus', { reports: 1 });
const kasi = node('3', 'Dewi Kartika', { reports: 1 });
const staff = node('4', 'Rizky Aditya', {
  approvedMainMinutes: 4200,
  countedAdditionalMinutes: 300,
  targetMinutes: 6650,
  achievement: 67.67,
  pendingCount: 5,
  pendingMinutes: 320,
  today: {
    date: '2026-11-24',
    status: 'MISSING_CHECK_OUT' as NonNullable<TeamNode['today']>['status'],
    checkIn: '07:20',
    checkOut: null,
    lateMinutes: 0,
    leaveKind: null,
    provisional: true,
  },
});

/** Levels by whose reports they are (null: the caller's); each call recorded. */
function loaderOf(levels: Record<string, LevelPage | Error>) {
  return vi.fn<LevelLoader>(async (of, after) => {
    const found = levels[`${of ?? 'me'}${after ? `@${after}` : ''}`];
    if (!found) throw new Error(`no level for ${of}`);
    if (found instanceof Error) throw found;
    return found;
  });
}

const standard = () =>
  loaderOf({
    me: page([kabid, sekretaris]),
    '1': page([kasi]),
    '3': page([staff]),
    '2': page([node('5', 'Bambang')]),
  });

let wrapper: VueWrapper | null = null;
afterEach(() => {
  wrapper?.unmount();
  wrapper = null;
});

async function mountTree(load: LevelLoader, period = '2026-10') {
  const i18n = createI18n({
    legacy: false,
    locale: 'id',
    fallbackLocale: 'id',
    messages: { id, en },
  });
  wrapper = mount(TeamTree, {
    attachTo: document.body,
    props: { load, period },
    global: { plugins: [i18n], stubs: { RouterLink: RouterLinkStub } },
  });
  await flushPromises();
  return wrapper;
}

const items = (w: VueWrapper) => w.findAll('[role="treeitem"]');
const item = (w: VueWrapper, name: string) => {
  const found = items(w).find((i) => i.find('[data-testid="tree-name"]').text() === name);
  if (!found) throw new Error(`no row for ${name}`);
  return found;
};
const press = async (w: VueWrapper, key: string) => {
  const active = document.activeElement as HTMLElement;
  active.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  await flushPromises();
};
const focusedName = () =>
  (document.activeElement as HTMLElement).querySelector('[data-testid="tree-name"]')?.textContent;

describe('TeamTree', () => {
  it('shows the caller’s reports as a tree: levels, positions, and who can be opened', async () => {
    const load = standard();
    const w = await mountTree(load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith(null, null);
    const tree = w.get('[role="tree"]');
    expect(tree.attributes('aria-label')).toBe('Pohon tim');
    const rows = items(w);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.attributes()).toMatchObject({
      'aria-level': '1',
      'aria-posinset': '1',
      'aria-setsize': '2',
      'aria-expanded': 'false',
      tabindex: '0',
    });
    expect(rows[1]!.attributes('tabindex')).toBe('-1');
    // The name is the item's label; the figures describe it.
    const labelId = rows[0]!.attributes('aria-labelledby')!;
    expect(document.getElementById(labelId)?.textContent).toBe('Ahmad Zulham');
    expect(w.get('[data-testid="team-count"]').text()).toContain('2 orang');
  });

  it('shows each person’s month: minutes against the target, pending, today, their own queue', async () => {
    const w = await mountTree(loaderOf({ me: page([kabid, staff]), '1': page([]), '3': page([]) }));
    const boss = item(w, 'Ahmad Zulham');
    expect(boss.get('[data-testid="member-minutes"]').text()).toContain('5.870 dari 7.350 menit');
    expect(boss.get('[data-testid="member-achievement"]').text()).toBe('capaian 79,86%');
    expect(boss.get('[data-testid="member-pending"]').text()).toContain('Tidak ada');
    expect(boss.get('[data-testid="member-today"]').text()).toContain('Tidak ada jadwal');
    expect(boss.get('[data-testid="member-backlog"]').text()).toContain(
      '15 menunggu · tertua 4 hari',
    );
    expect(boss.get('[data-testid="member-backlog"]').text()).toContain('99,83% tepat waktu');

    const rizky = item(w, 'Rizky Aditya');
    // Credited minutes: main 4,200 + additional counted 300.
    expect(rizky.get('[data-testid="member-minutes"]').text()).toContain('4.500 dari 6.650 menit');
    expect(rizky.get('[data-testid="member-achievement"]').text()).toBe('capaian 67,67%');
    expect(rizky.get('[data-testid="member-pending"]').text()).toContain('5 entri');
    expect(rizky.get('[data-testid="member-pending"]').text()).toContain('320 menit');
    expect(rizky.get('[data-testid="member-today"]').text()).toContain('Masuk 07:20');
    expect(rizky.get('[data-testid="member-backlog"]').text()).toContain('Bukan atasan');
    expect(rizky.attributes('aria-expanded')).toBeUndefined();
    // The description read with the name carries the figures.
    const described = document.getElementById(rizky.attributes('aria-describedby')!)!;
    expect(described.textContent).toContain('Entri bulan ini menunggu verifikasi');
  });

  it('loads a level when it is first opened, and not again when reopened', async () => {
    const load = standard();
    const w = await mountTree(load);
    await item(w, 'Ahmad Zulham').get('[data-testid="tree-toggle"]').trigger('click');
    await flushPromises();
    expect(load).toHaveBeenLastCalledWith('1', null);
    expect(item(w, 'Ahmad Zulham').attributes('aria-expanded')).toBe('true');
    expect(item(w, 'Dewi Kartika').attributes()).toMatchObject({
      'aria-level': '2',
      'aria-posinset': '1',
      'aria-setsize': '1',
    });
    await item(w, 'Ahmad Zulham').get('[data-testid="tree-toggle"]').trigger('click');
    expect(items(w).map((i) => i.find('[data-testid="tree-name"]').text())).toEqual([
      'Ahmad Zulham',
      'Drs. H. Taufik Firdaus',
    ]);
    await item(w, 'Ahmad Zulham').get('[data-testid="tree-toggle"]').trigger('click');
    await flushPromises();
    expect(load).toHaveBeenCalledTimes(2);
    expect(items(w)).toHaveLength(3);
  });

  it('marks an opening node busy until its reports arrive', async () => {
    let release: (p: LevelPage) => void = () => undefined;
    const load = vi.fn<LevelLoader>((of) =>
      of === null
        ? Promise.resolve(page([kabid]))
        : new Promise<LevelPage>((resolve) => {
            release = resolve;
          }),
    );
    const w = await mountTree(load);
    await item(w, 'Ahmad Zulham').get('[data-testid="tree-toggle"]').trigger('click');
    expect(item(w, 'Ahmad Zulham').attributes('aria-busy')).toBe('true');
    expect(item(w, 'Ahmad Zulham').text()).toContain('Memuat…');
    release(page([kasi]));
    await flushPromises();
    expect(item(w, 'Ahmad Zulham').attributes('aria-busy')).toBeUndefined();
    expect(items(w)).toHaveLength(2);
    expect(w.get('[aria-live="polite"]').text()).toBe('1 orang dimuat di bawah Ahmad Zulham.');
  });

  it('follows the tree pattern from the keyboard, down to the staff and back', async () => {
    const load = standard();
    const w = await mountTree(load);
    (items(w)[0]!.element as HTMLElement).focus();
    await press(w, 'ArrowRight'); // opens Ahmad (loads his reports)
    expect(load).toHaveBeenLastCalledWith('1', null);
    expect(item(w, 'Ahmad Zulham').attributes('aria-expanded')).toBe('true');
    expect(focusedName()).toBe('Ahmad Zulham');
    await press(w, 'ArrowRight'); // into his first report
    expect(focusedName()).toBe('Dewi Kartika');
    await press(w, 'ArrowRight'); // opens Dewi
    await press(w, 'ArrowDown'); // her staff
    expect(focusedName()).toBe('Rizky Aditya');
    expect(item(w, 'Rizky Aditya').attributes('aria-level')).toBe('3');
    // One row in the tab order: the focused one.
    expect(items(w).filter((i) => i.attributes('tabindex') === '0')).toHaveLength(1);
    expect(item(w, 'Rizky Aditya').attributes('tabindex')).toBe('0');

    await press(w, 'ArrowRight'); // a leaf: nothing
    expect(focusedName()).toBe('Rizky Aditya');
    await press(w, 'ArrowLeft'); // to the parent
    expect(focusedName()).toBe('Dewi Kartika');
    await press(w, 'ArrowLeft'); // closes her
    expect(item(w, 'Dewi Kartika').attributes('aria-expanded')).toBe('false');
    expect(items(w)).toHaveLength(3);
    await press(w, 'End');
    expect(focusedName()).toBe('Drs. H. Taufik Firdaus');
    await press(w, 'Home');
    expect(focusedName()).toBe('Ahmad Zulham');
    await press(w, 't'); // type-ahead skips the titles
    expect(focusedName()).toBe('Drs. H. Taufik Firdaus');
    await press(w, '*'); // opens every closed sibling
    expect(item(w, 'Drs. H. Taufik Firdaus').attributes('aria-expanded')).toBe('true');
    expect(load).toHaveBeenLastCalledWith('2', null);

    await press(w, 'Enter');
    expect(w.emitted('open')).toEqual([['2']]);
  });

  it('links each name to the person’s report card for the month', async () => {
    const w = await mountTree(standard(), '2026-09');
    const link = item(w, 'Ahmad Zulham').getComponent(RouterLinkStub);
    expect(link.props('to')).toEqual({
      name: 'team-person',
      params: { employeeId: '1' },
      query: { period: '2026-09' },
    });
    expect(link.attributes('tabindex')).toBe('-1');
  });

  it('pages a long level with a "show more" item that keeps the focus in place', async () => {
    const load = loaderOf({
      me: page([kabid], { total: 2, hasMore: true, endCursor: 'c1' }),
      'me@c1': page([sekretaris], { total: 2 }),
    });
    const w = await mountTree(load);
    const more = w.get('[data-testid="tree-more"]');
    expect(more.text()).toContain('Tampilkan lebih banyak (1 dari 2)');
    (items(w)[0]!.element as HTMLElement).focus();
    await press(w, 'ArrowDown');
    expect(document.activeElement).toBe(more.element);
    await press(w, 'Enter');
    expect(load).toHaveBeenLastCalledWith(null, 'c1');
    expect(w.find('[data-testid="tree-more"]').exists()).toBe(false);
    expect(items(w)).toHaveLength(2);
    expect(focusedName()).toBe('Drs. H. Taufik Firdaus');
    expect(item(w, 'Drs. H. Taufik Firdaus').attributes('aria-posinset')).toBe('2');
  });

  it('shows a level that failed as an item to try again', async () => {
    let fail = true;
    const load = vi.fn<LevelLoader>(async (of) => {
      if (of === null) return page([kabid]);
      if (fail) throw new Error('offline');
      return page([kasi]);
    });
    const w = await mountTree(load);
    await item(w, 'Ahmad Zulham').get('[data-testid="tree-toggle"]').trigger('click');
    await flushPromises();
    const error = w.get('[data-testid="tree-error"]');
    expect(error.attributes('aria-level')).toBe('2');
    expect(error.text()).toContain('Coba lagi');
    fail = false;
    await error.trigger('click');
    await flushPromises();
    expect(w.find('[data-testid="tree-error"]').exists()).toBe(false);
    expect(item(w, 'Dewi Kartika').attributes('aria-level')).toBe('2');
  });

  it('reloads the open branches for a new month', async () => {
    const load = standard();
    const w = await mountTree(load);
    await item(w, 'Ahmad Zulham').get('[data-testid="tree-toggle"]').trigger('click');
    await flushPromises();
    load.mockClear();
    await w.setProps({ period: '2026-09' });
    await flushPromises();
    expect(load.mock.calls).toEqual([
      [null, null],
      ['1', null],
    ]);
    expect(item(w, 'Dewi Kartika').exists()).toBe(true);
  });

  it('says so when nobody reports to the caller', async () => {
    const w = await mountTree(loaderOf({ me: page([]) }));
    expect(w.get('[data-testid="team-empty"]').text()).toBe(
      'Tidak ada yang melapor kepada Anda hari ini.',
    );
    expect(w.find('[role="tree"]').exists()).toBe(false);
  });
});
