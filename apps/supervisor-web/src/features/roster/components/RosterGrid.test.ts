import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { i18n } from '../../../plugins/i18n';
import { cellKey, type Cells, DAY_OFF } from '../rosterGrid';
import RosterGrid from './RosterGrid.vue';

const SHIFTS = [
  { id: 's-p', code: 'P', name: 'Pagi', start: '07:00', end: '14:00' },
  { id: 's-s', code: 'S', name: 'Siang', start: '14:00', end: '21:00' },
  { id: 's-m', code: 'M', name: 'Malam', start: '21:00', end: '07:00' },
];
const PEOPLE = [
  { id: 'e1', name: 'Ns. Sari Wulandari', nip: '199001012015032001' },
  { id: 'e2', name: 'Bd. Rina Marlina', nip: '199102022016032002' },
];
// Monday 30 November to Thursday 3 December 2026; 1 December onwards is editable only.
const DATES = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03'];

let wrapper: VueWrapper | null = null;
afterEach(() => {
  wrapper?.unmount();
  wrapper = null;
});

function mountGrid(
  over: { saved?: Cells; readOnlyBefore?: string | null; canEdit?: boolean } = {},
) {
  const saved: Cells =
    over.saved ??
    new Map([
      [cellKey('e1', '2026-11-30'), 's-m'],
      [cellKey('e1', '2026-12-01'), 's-m'],
      [cellKey('e1', '2026-12-02'), DAY_OFF],
      [cellKey('e2', '2026-12-01'), 's-p'],
    ]);
  const w: VueWrapper = mount(RosterGrid, {
    attachTo: document.body,
    props: {
      people: PEOPLE,
      dates: DATES,
      shifts: SHIFTS,
      activeShiftIds: SHIFTS.map((s) => s.id),
      saved,
      canEdit: over.canEdit ?? true,
      readOnlyBefore: over.readOnlyBefore === undefined ? '2026-12-01' : over.readOnlyBefore,
      holidays: new Map([['2026-12-03', 'Hari uji']]),
      caption: 'Jadwal',
      edits: new Map(),
      'onUpdate:edits': (edits: Cells) => w.setProps({ edits }),
    },
    global: { plugins: [i18n] },
  });
  wrapper = w;
  return w;
}

const cell = (w: VueWrapper, employeeId: string, date: string) =>
  w.get(`[data-testid="roster-cell-${employeeId}-${date}"]`);
const edits = (w: VueWrapper) => (w.props() as { edits: Cells }).edits;

async function press(w: VueWrapper, key: string, init: KeyboardEventInit = {}) {
  const active = document.activeElement as HTMLElement;
  active.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
  await nextTick();
  await nextTick();
}

describe('RosterGrid', () => {
  it('shows each cell’s code, days off as L, and each person’s month', () => {
    const w = mountGrid();
    expect(cell(w, 'e1', '2026-11-30').attributes('data-value')).toBe('M');
    expect(cell(w, 'e1', '2026-12-02').attributes('data-value')).toBe('L');
    expect(cell(w, 'e2', '2026-11-30').attributes('data-value')).toBe('');
    expect(cell(w, 'e1', '2026-11-30').classes()).toContain('roster-tone--2');
    expect(cell(w, 'e1', '2026-12-02').classes()).toContain('roster-tone--off');
    const summary = w.get('[data-testid="roster-summary-e1"]');
    expect(summary.attributes('data-working-days')).toBe('2');
    expect(summary.text()).toContain('M 2');
    expect(summary.text()).toContain('L 1');
    // The holiday is marked in the header; the closed month's date is read-only.
    expect(w.get('[data-date="2026-12-03"]').classes()).toContain('roster-grid__date--holiday');
    expect(cell(w, 'e1', '2026-11-30').attributes('aria-readonly')).toBe('true');
    // One cell in the Tab order: the cursor.
    expect(w.findAll('[role="gridcell"][tabindex="0"]')).toHaveLength(1);
  });

  it('moves with the arrows and sets a cell by its typed code, marked as changed', async () => {
    const w = mountGrid();
    (cell(w, 'e1', '2026-11-30').element as HTMLElement).focus();
    await press(w, 'ArrowRight');
    await press(w, 'ArrowDown');
    expect(document.activeElement).toBe(cell(w, 'e2', '2026-12-01').element);
    await press(w, 's');
    expect([...edits(w).entries()]).toEqual([[cellKey('e2', '2026-12-01'), 's-s']]);
    expect(cell(w, 'e2', '2026-12-01').attributes('data-value')).toBe('S');
    expect(cell(w, 'e2', '2026-12-01').attributes('data-changed')).toBe('true');
    expect(w.get('[data-testid="roster-summary-e2"]').text()).toContain('S 1');
    // Typing the saved code again: no change left.
    await press(w, 'p');
    expect(edits(w).size).toBe(0);
    expect(cell(w, 'e2', '2026-12-01').attributes('data-changed')).toBeUndefined();
  });

  it('fills a range selected with Shift+arrows, skipping the closed month, and Delete clears it', async () => {
    const w = mountGrid();
    (cell(w, 'e1', '2026-11-30').element as HTMLElement).focus();
    await press(w, 'ArrowRight', { shiftKey: true });
    await press(w, 'ArrowRight', { shiftKey: true });
    await press(w, 'ArrowDown', { shiftKey: true });
    expect(w.get('[data-testid="roster-selected"]').text()).toBe('6 sel dipilih');
    await press(w, 'l');
    // 30 November is in a closed month: untouched. e1's 2 December was already a day off.
    expect(new Map(edits(w))).toEqual(
      new Map([
        [cellKey('e1', '2026-12-01'), DAY_OFF],
        [cellKey('e2', '2026-12-01'), DAY_OFF],
        [cellKey('e2', '2026-12-02'), DAY_OFF],
      ]),
    );
    await press(w, 'Delete');
    expect(new Map(edits(w))).toEqual(
      new Map([
        [cellKey('e1', '2026-12-01'), null],
        [cellKey('e1', '2026-12-02'), null],
        [cellKey('e2', '2026-12-01'), null],
      ]),
    );
    expect(cell(w, 'e1', '2026-11-30').attributes('data-value')).toBe('M');
  });

  it('fills a dragged range from the toolbar', async () => {
    const w = mountGrid({ readOnlyBefore: null });
    await cell(w, 'e2', '2026-11-30').trigger('mousedown', { button: 0 });
    await cell(w, 'e2', '2026-12-03').trigger('mouseenter');
    window.dispatchEvent(new MouseEvent('mouseup'));
    await w.get('[data-testid="roster-fill-value"]').setValue('s-m');
    await w.get('[data-testid="roster-fill"]').trigger('click');
    expect(DATES.map((d) => cell(w, 'e2', d).attributes('data-value'))).toEqual([
      'M',
      'M',
      'M',
      'M',
    ]);
    expect(edits(w).size).toBe(4);
    expect(w.get('[data-testid="roster-summary-e2"]').attributes('data-working-days')).toBe('4');
  });

  it('changes nothing for a reader', async () => {
    const w = mountGrid({ canEdit: false });
    expect(w.find('[data-testid="roster-fill"]').exists()).toBe(false);
    (cell(w, 'e2', '2026-12-03').element as HTMLElement).focus();
    await press(w, 'p');
    await press(w, 'Delete');
    expect(edits(w).size).toBe(0);
  });
});
