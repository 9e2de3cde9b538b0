import { describe, expect, it } from 'vitest';
import { i18n } from '../../plugins/i18n';
import './messages';
import { formatDayRange, formatInstant, formatMonth, formatScore } from './format';
import { describeDates, describeDuration, kindGroupOf, type RequestTiming } from './leaveRequests';

const t = i18n.global.t as unknown as (k: string, n?: object, p?: number) => string;
const request = (over: Partial<RequestTiming>): RequestTiming => ({
  kind: 'ANNUAL',
  startDate: '2026-11-26',
  endDate: '2026-11-27',
  halfDay: false,
  startTime: null,
  endTime: null,
  ...over,
});

describe('leave durations', () => {
  it('says how many working days leave covers, in Indonesian and in English', () => {
    i18n.global.locale.value = 'id';
    expect(describeDuration(request({}), 2, t)).toBe('2 hari kerja');
    expect(describeDuration(request({}), 0, t)).toBe('Tidak ada hari kerja');
    i18n.global.locale.value = 'en';
    expect(describeDuration(request({}), 1, t)).toBe('1 working day');
    expect(describeDuration(request({}), 5, t)).toBe('5 working days');
    i18n.global.locale.value = 'id';
  });

  it('a permit is the part of its date it excuses; a half day of travel is half a day', () => {
    const late = request({
      kind: 'PERMIT_LATE',
      startDate: '2026-12-03',
      endDate: '2026-12-03',
      startTime: '07:30',
      endTime: '09:00',
    });
    expect(describeDuration(late, 1, t)).toBe('Pukul 07:30–09:00');
    expect(describeDates(late, 'id')).toBe('3 Des 2026');
    const half = request({ kind: 'OFFICIAL_TRAVEL', endDate: '2026-11-26', halfDay: true });
    expect(describeDuration(half, 1, t)).toBe('Setengah hari');
  });

  it('writes ranges compactly, and one date once', () => {
    expect(describeDates(request({}), 'id')).toBe('26–27 Nov 2026');
    expect(describeDates(request({ endDate: '2026-11-26' }), 'id')).toBe('26 Nov 2026');
    // Intl puts thin spaces around the dash of a range across years.
    expect(formatDayRange('2026-12-30', '2027-01-04', 'id').replace(/\s/g, ' ')).toBe(
      '30 Des 2026 – 4 Jan 2027',
    );
    expect(describeDates(request({}), 'en').replace(/\s/g, ' ')).toBe('26 – 27 Nov 2026');
  });

  it('groups kinds as the filter offers them', () => {
    expect(kindGroupOf('SICK')).toBe('leave');
    expect(kindGroupOf('PERMIT_EARLY')).toBe('permit');
    expect(kindGroupOf('WORK_FROM_HOME')).toBe('work');
  });
});

describe('formats', () => {
  it('months, instants in Jakarta time and scores the Indonesian way', () => {
    expect(formatMonth('2026-10', 'id')).toBe('Oktober 2026');
    expect(formatMonth('2026-10', 'en')).toBe('October 2026');
    // 17:30 UTC is 00:30 the next day in Jakarta.
    expect(formatInstant('2026-11-19T17:30:00.000Z', 'id')).toBe('20 Nov 2026, 00.30');
    expect(formatScore(89.58, 'id')).toBe('89,58');
    expect(formatScore(100, 'en')).toBe('100.00');
    expect(formatScore(null, 'id')).toBe('—');
  });
});
