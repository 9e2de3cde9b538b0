// The demo city's work calendar and attendance places: work patterns (rules.md, "Working time"),
// Ramadan 2026, Indonesia's 2026 holidays and collective leave, office points and the demo users'
// homes. Pure data, no I/O.
//
// DEMO DATA. The holiday list follows the joint decree (SKB 3 Menteri) on 2026 national holidays
// and collective leave as best recalled when writing it; an agency imports the official list with
// `importHolidays`. Islamic dates depend on the sighting (isbat): 1 Ramadan 1447 H is taken as
// 18 February 2026 (Ramadan hours 18 Feb – 19 Mar), Idul Fitri as 21–22 March. Coordinates are
// invented points around a fictional city centre (-6.9175, 107.6191).

import { AGENCY_UNIT_KEY } from './demo-city.data.js';

export interface DemoPatternDay {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  start: string;
  end: string;
  breakMinutes: number;
}

export interface DemoPattern {
  code: string;
  name: string;
  isDefault: boolean;
  days: DemoPatternDay[];
  /** Units (keys of demo-city.data.ts) that have this pattern as their own. */
  unitKeys: string[];
}

export interface DemoSpecialPeriod {
  key: string;
  name: string;
  startDate: string;
  endDate: string;
  /** Code of the pattern replaced (null: all). */
  baseCode: string | null;
  patternCode: string;
}

export interface DemoHoliday {
  date: string;
  name: string;
  kind: 'NATIONAL' | 'COLLECTIVE_LEAVE';
}

export interface DemoOffice {
  key: string;
  name: string;
  latitude: number;
  longitude: number;
  radiusMetres: number;
  unitKeys: string[];
}

export interface DemoHome {
  nip: string;
  latitude: number;
  longitude: number;
}

const weekdays = (
  from: number,
  to: number,
  start: string,
  end: string,
  breakMinutes: number,
): DemoPatternDay[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    weekday: from + i,
    start,
    end,
    breakMinutes,
  }));

export const OFFICE_PATTERN = 'kantor-5-hari';
export const SCHOOL_PATTERN = 'sekolah-6-hari';
export const RAMADAN_PATTERN = 'ramadan-kantor';

export const SCHOOL_UNIT_KEYS = [
  'dinas-pendidikan/sd-negeri-1-contoh',
  'dinas-pendidikan/smp-negeri-1-contoh',
  'dinas-pendidikan/smp-negeri-2-contoh',
];

export const DEMO_PATTERNS: DemoPattern[] = [
  {
    // 37.5 hours a week: Mon–Thu 07:30–16:00 − 60 = 450 net; Fri 07:30–16:30 − 90 = 450 net.
    code: OFFICE_PATTERN,
    name: 'Kantor, 5 hari kerja',
    isDefault: true,
    days: [...weekdays(1, 4, '07:30', '16:00', 60), ...weekdays(5, 5, '07:30', '16:30', 90)],
    unitKeys: [],
  },
  {
    // Schools work six days; lessons have no lunch break, so break 0 (a demo choice):
    // Mon–Thu 390, Fri 240, Sat 330 net minutes (2,130 a week).
    code: SCHOOL_PATTERN,
    name: 'Sekolah, 6 hari kerja',
    isDefault: false,
    days: [
      ...weekdays(1, 4, '07:00', '13:30', 0),
      ...weekdays(5, 5, '07:00', '11:00', 0),
      ...weekdays(6, 6, '07:00', '12:30', 0),
    ],
    unitKeys: SCHOOL_UNIT_KEYS,
  },
  {
    // 32.5 hours a week: Mon–Thu 08:00–15:00 − 30 = 390; Fri 08:00–15:30 − 60 = 390.
    code: RAMADAN_PATTERN,
    name: 'Ramadan, kantor',
    isDefault: false,
    days: [...weekdays(1, 4, '08:00', '15:00', 30), ...weekdays(5, 5, '08:00', '15:30', 60)],
    unitKeys: [],
  },
];

/** Ramadan hours replace the office pattern only: schools keep their own hours. */
export const DEMO_SPECIAL_PERIODS: DemoSpecialPeriod[] = [
  {
    key: 'ramadan-1447',
    name: 'Ramadan 1447 H',
    startDate: '2026-02-18',
    endDate: '2026-03-19',
    baseCode: OFFICE_PATTERN,
    patternCode: RAMADAN_PATTERN,
  },
];

/** DEMO DATA: Indonesia's 2026 national holidays and collective leave (see the note above). */
export const DEMO_HOLIDAYS: DemoHoliday[] = [
  { date: '2026-01-01', name: 'Tahun Baru 2026 Masehi', kind: 'NATIONAL' },
  { date: '2026-01-16', name: "Isra Mi'raj Nabi Muhammad SAW", kind: 'NATIONAL' },
  { date: '2026-02-16', name: 'Cuti Bersama Tahun Baru Imlek', kind: 'COLLECTIVE_LEAVE' },
  { date: '2026-02-17', name: 'Tahun Baru Imlek 2577 Kongzili', kind: 'NATIONAL' },
  { date: '2026-03-18', name: 'Cuti Bersama Hari Suci Nyepi', kind: 'COLLECTIVE_LEAVE' },
  { date: '2026-03-19', name: 'Hari Suci Nyepi Tahun Baru Saka 1948', kind: 'NATIONAL' },
  { date: '2026-03-20', name: 'Cuti Bersama Idul Fitri 1447 H', kind: 'COLLECTIVE_LEAVE' },
  { date: '2026-03-21', name: 'Hari Raya Idul Fitri 1447 H', kind: 'NATIONAL' },
  { date: '2026-03-22', name: 'Hari Raya Idul Fitri 1447 H', kind: 'NATIONAL' },
  { date: '2026-03-23', name: 'Cuti Bersama Idul Fitri 1447 H', kind: 'COLLECTIVE_LEAVE' },
  { date: '2026-03-24', name: 'Cuti Bersama Idul Fitri 1447 H', kind: 'COLLECTIVE_LEAVE' },
  { date: '2026-04-03', name: 'Wafat Yesus Kristus', kind: 'NATIONAL' },
  { date: '2026-04-05', name: 'Kebangkitan Yesus Kristus (Paskah)', kind: 'NATIONAL' },
  { date: '2026-05-01', name: 'Hari Buruh Internasional', kind: 'NATIONAL' },
  { date: '2026-05-14', name: 'Kenaikan Yesus Kristus', kind: 'NATIONAL' },
  { date: '2026-05-15', name: 'Cuti Bersama Kenaikan Yesus Kristus', kind: 'COLLECTIVE_LEAVE' },
  { date: '2026-05-27', name: 'Hari Raya Idul Adha 1447 H', kind: 'NATIONAL' },
  { date: '2026-05-28', name: 'Cuti Bersama Idul Adha 1447 H', kind: 'COLLECTIVE_LEAVE' },
  { date: '2026-05-31', name: 'Hari Raya Waisak 2570 BE', kind: 'NATIONAL' },
  { date: '2026-06-01', name: 'Hari Lahir Pancasila', kind: 'NATIONAL' },
  { date: '2026-06-16', name: 'Tahun Baru Islam 1448 H', kind: 'NATIONAL' },
  { date: '2026-08-17', name: 'Hari Kemerdekaan Republik Indonesia', kind: 'NATIONAL' },
  { date: '2026-08-25', name: 'Maulid Nabi Muhammad SAW', kind: 'NATIONAL' },
  { date: '2026-12-24', name: 'Cuti Bersama Hari Raya Natal', kind: 'COLLECTIVE_LEAVE' },
  { date: '2026-12-25', name: 'Hari Raya Natal', kind: 'NATIONAL' },
];

const CENTRE = { latitude: -6.9175, longitude: 107.6191 };
/** A point `north` and `east` metres from the centre (good enough near the equator). */
function near(north: number, east: number): { latitude: number; longitude: number } {
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return {
    latitude: round(CENTRE.latitude + north / 111_320),
    longitude: round(
      CENTRE.longitude + east / (111_320 * Math.cos((CENTRE.latitude * Math.PI) / 180)),
    ),
  };
}

const office = (
  key: string,
  name: string,
  north: number,
  east: number,
  unitKeys: string[],
  radiusMetres = 100,
): DemoOffice => ({ key, name, ...near(north, east), radiusMetres, unitKeys });

/** Every department at its building; each school and puskesmas its own point. */
export const DEMO_OFFICES: DemoOffice[] = [
  office('balai-kota', 'Balai Kota Contoh', 0, 0, [AGENCY_UNIT_KEY, 'setda'], 150),
  office('inspektorat', 'Kantor Inspektorat', 420, -310, ['inspektorat']),
  office('bkpsdm', 'Kantor BKPSDM', 260, 380, ['bkpsdm']),
  office('bappeda', 'Kantor Bappeda', -350, 240, ['bappeda']),
  office('bpkad', 'Kantor BPKAD', -180, -420, ['bpkad']),
  office('dinas-pendidikan', 'Kantor Dinas Pendidikan', 900, 650, ['dinas-pendidikan']),
  office('sd-negeri-1-contoh', 'SD Negeri 1 Contoh', 1600, 1200, [SCHOOL_UNIT_KEYS[0]!]),
  office('smp-negeri-1-contoh', 'SMP Negeri 1 Contoh', -1400, 900, [SCHOOL_UNIT_KEYS[1]!]),
  office('smp-negeri-2-contoh', 'SMP Negeri 2 Contoh', 2100, -1700, [SCHOOL_UNIT_KEYS[2]!]),
  office('dinas-kesehatan', 'Kantor Dinas Kesehatan', -820, -560, ['dinas-kesehatan']),
  office('puskesmas-contoh-barat', 'Puskesmas Contoh Barat', -300, -2600, [
    'dinas-kesehatan/puskesmas-contoh-barat',
  ]),
  office('puskesmas-contoh-timur', 'Puskesmas Contoh Timur', 150, 2800, [
    'dinas-kesehatan/puskesmas-contoh-timur',
  ]),
  office('dinas-pupr', 'Kantor Dinas PUPR', 1200, -900, ['dinas-pupr']),
  office('dinas-kominfo', 'Kantor Dinas Kominfo', 520, 90, ['dinas-kominfo']),
  office('dinas-sosial', 'Kantor Dinas Sosial', -640, 980, ['dinas-sosial']),
  office('kecamatan-contoh-barat', 'Kantor Kecamatan Contoh Barat', -500, -3400, [
    'kecamatan-contoh-barat',
  ]),
  office('kecamatan-contoh-timur', 'Kantor Kecamatan Contoh Timur', 400, 3600, [
    'kecamatan-contoh-timur',
  ]),
];

/** The five demo users' homes, a few kilometres from the centre. */
export const DEMO_HOMES: DemoHome[] = [
  { nip: '199203152019031001', ...near(-2300, 1500) },
  { nip: '198507222010012002', ...near(1800, -2100) },
  { nip: '197604101998031003', ...near(3100, 800) },
  { nip: '196812011990031004', ...near(-1200, -2900) },
  { nip: '198910052014022005', ...near(2600, 2700) },
];
