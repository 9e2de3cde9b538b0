// The demo city "Pemerintah Kota Contoh": organisation tree, positions, about 300 employees with
// valid national NIPs, and one acting assignment. Pure and deterministic: no I/O, no clock, and
// all randomness comes from a seeded mulberry32 generator, so every call returns identical data.

import { buildPersonName, type Picker, type Religion, type Sex } from './names.js';

export type OrgUnitKind =
  | 'AGENCY'
  | 'DEPARTMENT'
  | 'DIVISION'
  | 'SECTION'
  | 'SUBSECTION'
  | 'DISTRICT'
  | 'VILLAGE'
  | 'SCHOOL'
  | 'CLINIC'
  | 'OTHER';
export type PositionKind = 'STRUCTURAL' | 'FUNCTIONAL' | 'EXECUTOR';
export type Role = 'EMPLOYEE' | 'DEPARTMENT_ADMIN' | 'AGENCY_ADMIN' | 'EXECUTIVE';

export interface DemoUnit {
  key: string;
  code: string;
  name: string;
  kind: OrgUnitKind;
  parentKey: string | null;
}

export interface DemoPosition {
  key: string;
  name: string;
  kind: PositionKind;
  /** 1–17. */
  jobClass: number;
  unitKey: string;
  parentKey: string | null;
}

export interface DemoEmployee {
  nip: string;
  /** With academic (and religious) titles where plausible. */
  name: string;
  /** 'Penata Muda (III/a)' for PNS, 'PPPK Golongan IX' for PPPK. */
  rank: string;
  employmentType: 'PNS' | 'PPPK';
  positionKey: string;
  roles: Role[];
  /** DEPARTMENT_ADMIN only: the department they administer. */
  adminUnitKey?: string;
  email: string;
}

export interface DemoActing {
  nip: string;
  positionKey: string;
  kind: 'PLT' | 'PLH';
  /** YYYY-MM-DD */
  startDate: string;
  endDate: string | null;
}

export interface DemoCity {
  agency: { code: string; name: string; timeZone: 'Asia/Jakarta' };
  units: DemoUnit[];
  positions: DemoPosition[];
  employees: DemoEmployee[];
  acting: DemoActing[];
}

export const DEMO_PASSWORD = 'kinerja2026';

/** The five demo log-ins, in order: staff, section head, department head, Sekda, agency admin. */
export const DEMO_USERS: { nip: string; who: string }[] = [
  {
    nip: '199203152019031001',
    who: 'staff (Pengelola Layanan Operasional, Seksi Pengembangan Aplikasi, Dinas Kominfo)',
  },
  { nip: '198507222010012002', who: 'section head (Kepala Seksi Pengembangan Aplikasi)' },
  { nip: '197604101998031003', who: 'department head (Kepala Dinas Kominfo)' },
  { nip: '196812011990031004', who: 'regional secretary (Sekretaris Daerah), executive' },
  { nip: '198910052014022005', who: 'agency admin (Analis SDM Aparatur Ahli Muda, BKPSDM)' },
  {
    nip: '197806202001041701',
    who: "teacher (Guru Ahli Madya, SD Negeri 1 Contoh; SKP from the teachers' template)",
  },
];

/**
 * The demo puskesmas work in shifts (seed/roster.ts): the head of Puskesmas Contoh Barat edits its
 * roster, and one of its nurses is rostered on nights (21:00–07:00).
 */
export const DEMO_ROSTER_USERS = {
  head: {
    nip: '198607242015081544',
    who: 'Kepala Puskesmas Contoh Barat (edits the shift roster)',
  },
  nightNurse: {
    nip: '199801022024082620',
    who: 'Perawat Terampil, Puskesmas Contoh Barat (rostered on night shifts)',
  },
} as const;

// ---------------------------------------------------------------------------------------------
// Well-known keys (also used by the tests)

export const AGENCY_UNIT_KEY = 'kota-contoh';
export const MAYOR_POSITION_KEY = 'kota-contoh:wali-kota';
export const SEKDA_POSITION_KEY = 'kota-contoh:sekda';
/** The head of Dinas PUPR: vacant, with the department's Sekretaris acting (PLT). */
export const VACANT_ACTED_POSITION_KEY = 'dinas-pupr:kepala';
/** The head of Bidang Rehabilitasi Sosial: vacant, nobody acting. */
export const VACANT_POSITION_KEY = 'dinas-sosial/bidang-rehabilitasi-sosial:kepala';

const EMAIL_DOMAIN = 'kotacontoh.go.id';
const SEED = 0x4b696e65; // "Kine"
/** Grades and appointments are computed as of this year (the demo runs in 2026). */
const CURRENT_YEAR = 2026;
const LAST_APPOINTMENT_YEAR = 2025;

// ---------------------------------------------------------------------------------------------
// Seeded PRNG

class Rng implements Picker {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** mulberry32: a float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [low, high]. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
}

// ---------------------------------------------------------------------------------------------
// Ranks (PNS golongan/ruang, national) and PPPK grades

const PNS_GRADES: readonly (readonly [string, string])[] = [
  ['I/a', 'Juru Muda'],
  ['I/b', 'Juru Muda Tingkat I'],
  ['I/c', 'Juru'],
  ['I/d', 'Juru Tingkat I'],
  ['II/a', 'Pengatur Muda'],
  ['II/b', 'Pengatur Muda Tingkat I'],
  ['II/c', 'Pengatur'],
  ['II/d', 'Pengatur Tingkat I'],
  ['III/a', 'Penata Muda'],
  ['III/b', 'Penata Muda Tingkat I'],
  ['III/c', 'Penata'],
  ['III/d', 'Penata Tingkat I'],
  ['IV/a', 'Pembina'],
  ['IV/b', 'Pembina Tingkat I'],
  ['IV/c', 'Pembina Utama Muda'],
  ['IV/d', 'Pembina Utama Madya'],
  ['IV/e', 'Pembina Utama'],
];

/** Every PNS rank string in order, from 'Juru Muda (I/a)' to 'Pembina Utama (IV/e)'. */
export const PNS_RANKS: readonly string[] = PNS_GRADES.map(([code, name]) => `${name} (${code})`);

function pnsRank(grade: number): string {
  const rank = PNS_RANKS[grade];
  if (rank === undefined) throw new Error(`no PNS grade ${grade}`);
  return rank;
}

const G = {
  IIa: 4,
  IIc: 6,
  IIIa: 8,
  IIIb: 9,
  IIIc: 10,
  IIId: 11,
  IVa: 12,
  IVb: 13,
  IVc: 14,
  IVd: 15,
  IVe: 16,
} as const;

// ---------------------------------------------------------------------------------------------
// Education, fields and titles

type Edu = 'SMA' | 'D3' | 'S1' | 'S2';
type Field =
  | 'admin'
  | 'gov'
  | 'finance'
  | 'hr'
  | 'plan'
  | 'audit'
  | 'it'
  | 'comm'
  | 'stats'
  | 'law'
  | 'edu'
  | 'doctor'
  | 'dentist'
  | 'nurse'
  | 'midwife'
  | 'pharma'
  | 'lab'
  | 'health'
  | 'eng'
  | 'social';

const DEGREES: Record<
  Field,
  { D3: readonly string[]; S1: readonly string[]; S2: readonly string[] }
> = {
  admin: {
    D3: ['A.Md.'],
    S1: ['S.Sos.', 'S.A.P.', 'S.IP.', 'S.H.', 'S.E.'],
    S2: ['M.Si.', 'M.A.P.', 'M.M.'],
  },
  gov: {
    D3: ['A.Md.'],
    S1: ['S.STP.', 'S.IP.', 'S.Sos.', 'S.H.'],
    S2: ['M.Si.', 'M.A.P.', 'M.H.'],
  },
  finance: { D3: ['A.Md.Ak.'], S1: ['S.E.', 'S.Ak.'], S2: ['M.Ak.', 'M.M.', 'M.Si.'] },
  hr: {
    D3: ['A.Md.'],
    S1: ['S.Psi.', 'S.Sos.', 'S.H.', 'S.A.P.'],
    S2: ['M.Si.', 'M.Psi.', 'M.A.P.'],
  },
  plan: { D3: ['A.Md.'], S1: ['S.T.', 'S.E.', 'S.Si.', 'S.P.'], S2: ['M.T.', 'M.Si.', 'M.E.'] },
  audit: { D3: ['A.Md.Ak.'], S1: ['S.E.', 'S.Ak.', 'S.H.'], S2: ['M.Ak.', 'M.Si.'] },
  it: { D3: ['A.Md.Kom.', 'A.Md.T.'], S1: ['S.Kom.', 'S.T.'], S2: ['M.Kom.', 'M.T.'] },
  comm: { D3: ['A.Md.'], S1: ['S.I.Kom.', 'S.Sos.'], S2: ['M.I.Kom.', 'M.Si.'] },
  stats: { D3: ['A.Md.'], S1: ['S.Si.', 'S.Stat.', 'S.Tr.Stat.'], S2: ['M.Si.', 'M.Stat.'] },
  law: { D3: ['A.Md.'], S1: ['S.H.'], S2: ['M.H.', 'M.Kn.'] },
  edu: { D3: ['A.Md.Pd.'], S1: ['S.Pd.', 'S.Pd.', 'S.Pd.I.', 'S.Si.'], S2: ['M.Pd.', 'M.Pd.I.'] },
  doctor: { D3: [], S1: [], S2: ['M.Kes.', 'M.K.M.', 'M.M.R.'] },
  dentist: { D3: [], S1: [], S2: ['M.Kes.'] },
  nurse: { D3: ['A.Md.Kep.'], S1: ['S.Kep.'], S2: ['M.Kep.'] },
  midwife: { D3: ['A.Md.Keb.'], S1: ['S.Tr.Keb.', 'S.Keb.'], S2: ['M.Keb.'] },
  pharma: { D3: ['A.Md.Farm.'], S1: ['S.Farm.'], S2: ['M.Farm.'] },
  lab: { D3: ['A.Md.A.K.'], S1: ['S.Tr.A.K.'], S2: ['M.Kes.'] },
  health: { D3: ['A.Md.Kes.'], S1: ['S.K.M.', 'S.Gz.'], S2: ['M.Kes.', 'M.K.M.'] },
  eng: { D3: ['A.Md.T.'], S1: ['S.T.'], S2: ['M.T.', 'M.Eng.'] },
  social: { D3: ['A.Md.'], S1: ['S.Sos.', 'S.Tr.Sos.'], S2: ['M.Si.', 'M.Kesos.'] },
};

/** Share of women among holders, by field. */
const FEMALE_SHARE: Record<Field, number> = {
  admin: 0.5,
  gov: 0.3,
  finance: 0.6,
  hr: 0.55,
  plan: 0.45,
  audit: 0.45,
  it: 0.35,
  comm: 0.5,
  stats: 0.5,
  law: 0.4,
  edu: 0.65,
  doctor: 0.55,
  dentist: 0.65,
  nurse: 0.75,
  midwife: 1,
  pharma: 0.7,
  lab: 0.6,
  health: 0.6,
  eng: 0.2,
  social: 0.55,
};

/** Entry grade of a new CPNS by education: SMA II/a, D3 II/c, S1 (and S2) III/a. */
const ENTRY_GRADE: Record<Edu, number> = { SMA: G.IIa, D3: G.IIc, S1: G.IIIa, S2: G.IIIa };
const ENTRY_AGE: Record<Edu, readonly [number, number]> = {
  SMA: [19, 24],
  D3: [21, 27],
  S1: [23, 31],
  S2: [23, 31],
};
/** PPPK grade by education (Perpres 98/2020). */
const PPPK_GRADE: Record<Edu, string> = { SMA: 'V', D3: 'VII', S1: 'IX', S2: 'X' };

function titledName(
  rng: Rng,
  plain: string,
  sex: Sex,
  religion: Religion,
  field: Field,
  edu: Edu,
  birthYear: number,
  jobClass: number,
): string {
  const before: string[] = [];
  const after: string[] = [];
  const degrees = DEGREES[field];
  if (field === 'doctor' || field === 'dentist') {
    before.push(field === 'doctor' ? 'dr.' : 'drg.');
  } else if (edu === 'D3') {
    after.push(rng.pick(degrees.D3));
  } else if (edu === 'S1' || edu === 'S2') {
    if (field === 'nurse') {
      before.push('Ns.');
      after.push('S.Kep.');
    } else if (field === 'pharma') {
      before.push('apt.');
      after.push('S.Farm.');
    } else if (field === 'eng' && birthYear < 1972 && rng.chance(0.6)) {
      before.push('Ir.');
    } else if (
      (field === 'admin' || field === 'gov' || field === 'social' || field === 'hr') &&
      birthYear < 1971 &&
      rng.chance(0.6)
    ) {
      before.push(sex === 'M' ? 'Drs.' : 'Dra.');
    } else {
      after.push(rng.pick(degrees.S1));
    }
  }
  if (edu === 'S2') {
    after.push(rng.pick(degrees.S2));
    if (jobClass >= 14 && rng.chance(0.15)) before.unshift('Dr.');
  }
  if (religion === 'MUSLIM' && birthYear < 1980 && rng.chance(0.3)) {
    before.push(sex === 'M' ? 'H.' : 'Hj.');
  }
  const name = [...before, plain].join(' ');
  return after.length > 0 ? `${name}, ${after.join(', ')}` : name;
}

// ---------------------------------------------------------------------------------------------
// Organisation definition

interface FixedHolder {
  nip: string;
  name: string;
  rank: string;
  email: string;
  roles?: Role[];
}

interface PositionDef {
  /** Defaults to the slug of the name. */
  slug?: string;
  name: string;
  kind: PositionKind;
  jobClass: number;
  /** Number of holders (0 = vacant). */
  holders: number;
  field: Field;
  /** How many of the holders are PPPK (the last ones). */
  pppk?: number;
  edu?: Edu;
  /** Explicit parent position key; defaults to the unit's head (or the parent unit's). */
  parent?: string;
  /** Hand-written holders, used first. */
  fixed?: FixedHolder[];
  /** Roles of the first generated holder (besides EMPLOYEE), and the unit they administer. */
  firstHolderRoles?: Role[];
  adminUnitKey?: string;
}

interface UnitDef {
  slug: string;
  name: string;
  kind: OrgUnitKind;
  /** Defaults to the parent's code plus a two-digit index. */
  code?: string;
  /** The head position; its key is `${unitKey}:kepala`. */
  head?: Omit<PositionDef, 'kind' | 'holders'> & { kind?: PositionKind; vacant?: boolean };
  staff?: PositionDef[];
  units?: UnitDef[];
}

function ex(
  name: string,
  jobClass: number,
  holders: number,
  field: Field,
  more: Partial<PositionDef> = {},
): PositionDef {
  return { name, kind: 'EXECUTOR', jobClass, holders, field, ...more };
}

function fn(
  name: string,
  jobClass: number,
  holders: number,
  field: Field,
  more: Partial<PositionDef> = {},
): PositionDef {
  return { name, kind: 'FUNCTIONAL', jobClass, holders, field, ...more };
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A section or subdivision (Seksi / Subbagian), head class 9. */
function section(
  name: string,
  field: Field,
  staff: PositionDef[],
  head: Partial<PositionDef> = {},
): UnitDef {
  return {
    slug: slugify(name),
    name,
    kind: 'SECTION',
    head: { name: `Kepala ${name}`, jobClass: 9, field, ...head },
    staff,
  };
}

/** A division (Bidang / Bagian / Sekretariat). */
function division(
  slug: string,
  name: string,
  jobClass: number,
  field: Field,
  units: UnitDef[],
  options: { headName?: string; parent?: string; vacant?: boolean; staff?: PositionDef[] } = {},
): UnitDef {
  return {
    slug,
    name,
    kind: 'DIVISION',
    head: {
      name: options.headName ?? `Kepala ${name}`,
      jobClass,
      field,
      parent: options.parent,
      vacant: options.vacant,
    },
    staff: options.staff,
    units,
  };
}

/** The standard Sekretariat of a department: Sekretaris (class 12) over two subdivisions. */
function sekretariat(
  headName: string,
  field: Field,
  umum: PositionDef[],
  keuangan: PositionDef[],
): UnitDef {
  return division(
    'sekretariat',
    'Sekretariat',
    12,
    field,
    [
      section('Subbagian Umum dan Kepegawaian', 'admin', umum),
      section('Subbagian Perencanaan dan Keuangan', 'finance', keuangan),
    ],
    { headName },
  );
}

/** A small department's Sekretariat: Sekretaris over a single subdivision. */
function sekretariatKecil(headName: string, field: Field, staff: PositionDef[]): UnitDef {
  return division(
    'sekretariat',
    'Sekretariat',
    12,
    field,
    [section('Subbagian Umum dan Keuangan', 'admin', staff)],
    {
      headName,
    },
  );
}

function finance(bendahara = 1, pengelola = 1): PositionDef[] {
  const staff = [ex('Bendahara', 7, bendahara, 'finance')];
  if (pengelola > 0) staff.push(ex('Pengelola Keuangan', 7, pengelola, 'finance'));
  return staff;
}

function school(slug: string, name: string, bidangKey: string, staff: PositionDef[]): UnitDef {
  return {
    slug,
    name,
    kind: 'SCHOOL',
    head: {
      name: 'Kepala Sekolah',
      kind: 'FUNCTIONAL',
      jobClass: 10,
      field: 'edu',
      parent: bidangKey,
    },
    staff,
  };
}

interface ClinicStaffing {
  dentist: boolean;
  nurses: readonly [ahliPertama: number, mahir: number, terampil: number];
  /** PPPK among the Perawat Terampil and the Bidan Terampil. */
  pppkNurses: number;
  pppkMidwives: number;
  pppkPharmacist: number;
}

function puskesmas(slug: string, name: string, staffing: ClinicStaffing): UnitDef {
  const [ahliPertama, mahir, terampil] = staffing.nurses;
  return {
    slug,
    name,
    kind: 'CLINIC',
    head: { name: 'Kepala Puskesmas', jobClass: 9, field: 'doctor' },
    staff: [
      fn('Dokter Ahli Pertama', 9, 2, 'doctor'),
      ...(staffing.dentist ? [fn('Dokter Gigi Ahli Pertama', 9, 1, 'dentist')] : []),
      fn('Perawat Ahli Pertama', 8, ahliPertama, 'nurse', { pppk: 1 }),
      fn('Perawat Mahir', 7, mahir, 'nurse'),
      fn('Perawat Terampil', 6, terampil, 'nurse', { pppk: staffing.pppkNurses }),
      fn('Bidan Ahli Pertama', 8, 1, 'midwife'),
      fn('Bidan Terampil', 6, 2, 'midwife', { pppk: staffing.pppkMidwives }),
      fn('Apoteker Ahli Pertama', 8, 1, 'pharma', { pppk: staffing.pppkPharmacist }),
      fn('Asisten Apoteker Terampil', 6, 1, 'pharma'),
      fn('Pranata Laboratorium Kesehatan Terampil', 6, 1, 'lab'),
      ex('Pengadministrasi Umum', 5, 1, 'admin'),
    ],
  };
}

function kelurahan(slug: string, name: string, staff: number): UnitDef {
  return {
    slug: `kelurahan-${slug}`,
    name: `Kelurahan ${name}`,
    kind: 'VILLAGE',
    head: { name: `Lurah ${name}`, jobClass: 9, field: 'gov' },
    staff: [
      { name: 'Sekretaris Kelurahan', kind: 'STRUCTURAL', jobClass: 8, holders: 1, field: 'gov' },
      ex('Pengadministrasi Umum', 5, staff, 'admin'),
    ],
  };
}

function kecamatan(slug: string, code: string, name: string, villages: UnitDef[]): UnitDef {
  return {
    slug: `kecamatan-${slug}`,
    code,
    name: `Kecamatan ${name}`,
    kind: 'DISTRICT',
    head: { name: `Camat ${name}`, jobClass: 12, field: 'gov' },
    units: [
      division('sekretariat', 'Sekretariat Kecamatan', 11, 'gov', [], {
        headName: 'Sekretaris Kecamatan',
        staff: [ex('Pengadministrasi Umum', 5, 1, 'admin'), ...finance(1, 0)],
      }),
      section('Seksi Pemerintahan', 'gov', [ex('Pengadministrasi Pemerintahan', 5, 1, 'gov')]),
      section('Seksi Ketenteraman dan Ketertiban Umum', 'gov', [
        ex('Pengelola Ketenteraman dan Ketertiban', 6, 1, 'gov'),
      ]),
      section('Seksi Pemberdayaan Masyarakat', 'social', []),
      ...villages,
    ],
  };
}

// The five demo users (NIPs given; names, ranks and e-mails hand-written to match them).
const DEMO_STAFF: FixedHolder = {
  nip: '199203152019031001',
  name: 'Rizky Aditya Pratama, S.Kom.',
  rank: 'Penata Muda Tingkat I (III/b)',
  email: 'rizky.pratama@kotacontoh.go.id',
};
const DEMO_SECTION_HEAD: FixedHolder = {
  nip: '198507222010012002',
  name: 'Dewi Kartika Sari, S.Kom., M.T.',
  rank: 'Penata Tingkat I (III/d)',
  email: 'dewi.sari@kotacontoh.go.id',
};
const DEMO_DEPARTMENT_HEAD: FixedHolder = {
  nip: '197604101998031003',
  name: 'Agus Setiawan Nugroho, S.STP., M.Kom.',
  rank: 'Pembina Tingkat I (IV/b)',
  email: 'agus.nugroho@kotacontoh.go.id',
};
const DEMO_SEKDA: FixedHolder = {
  nip: '196812011990031004',
  name: 'Drs. H. Bambang Suryadi Wibisono, M.Si.',
  rank: 'Pembina Utama Madya (IV/d)',
  email: 'bambang.wibisono@kotacontoh.go.id',
  roles: ['EMPLOYEE', 'EXECUTIVE'],
};
const DEMO_AGENCY_ADMIN: FixedHolder = {
  nip: '198910052014022005',
  name: 'Ni Made Ayu Lestari, S.Psi., M.Psi.',
  rank: 'Penata (III/c)',
  email: 'made.lestari@kotacontoh.go.id',
  roles: ['EMPLOYEE', 'AGENCY_ADMIN'],
};
/** The elected mayor; given a plausible, valid NIP all the same. */
const MAYOR: FixedHolder = {
  nip: '197108171997031001',
  name: 'Dr. H. Ahmad Syaifullah Nasution, S.E., M.M.',
  rank: 'Pembina Utama (IV/e)',
  email: 'ahmad.nasution@kotacontoh.go.id',
  roles: ['EMPLOYEE', 'EXECUTIVE'],
};

const DEPARTMENTS: UnitDef[] = [
  {
    slug: 'setda',
    code: 'SETDA',
    name: 'Sekretariat Daerah',
    kind: 'DEPARTMENT',
    staff: [
      {
        slug: 'asisten-pemerintahan',
        name: 'Asisten Pemerintahan dan Kesejahteraan Rakyat',
        kind: 'STRUCTURAL',
        jobClass: 15,
        holders: 1,
        field: 'gov',
      },
      {
        slug: 'asisten-administrasi',
        name: 'Asisten Perekonomian, Pembangunan dan Administrasi Umum',
        kind: 'STRUCTURAL',
        jobClass: 15,
        holders: 1,
        field: 'admin',
      },
    ],
    units: [
      division(
        'bagian-pemerintahan',
        'Bagian Pemerintahan',
        12,
        'gov',
        [
          section('Subbagian Administrasi Pemerintahan', 'gov', [
            ex('Pengadministrasi Pemerintahan', 5, 1, 'gov'),
          ]),
          section('Subbagian Otonomi Daerah dan Kerja Sama', 'gov', [
            fn('Analis Kebijakan Ahli Pertama', 8, 1, 'law'),
          ]),
        ],
        { parent: 'setda:asisten-pemerintahan' },
      ),
      division(
        'bagian-organisasi',
        'Bagian Organisasi',
        12,
        'admin',
        [
          section('Subbagian Kelembagaan dan Tata Laksana', 'hr', [
            fn('Analis Kebijakan Ahli Muda', 9, 1, 'admin'),
            ex('Analis Tata Laksana', 7, 1, 'admin'),
          ]),
        ],
        { parent: 'setda:asisten-administrasi' },
      ),
      division(
        'bagian-umum',
        'Bagian Umum',
        12,
        'admin',
        [
          section('Subbagian Tata Usaha Pimpinan dan Protokol', 'admin', [
            ex('Pengelola Protokol', 6, 1, 'comm'),
            ex('Pengadministrasi Umum', 5, 1, 'admin'),
          ]),
          section('Subbagian Keuangan dan Rumah Tangga', 'finance', [
            ...finance(),
            ex('Pengelola Barang Milik Daerah', 6, 1, 'admin'),
          ]),
        ],
        { parent: 'setda:asisten-administrasi' },
      ),
    ],
  },
  {
    slug: 'inspektorat',
    code: 'INSPEKTORAT',
    name: 'Inspektorat',
    kind: 'DEPARTMENT',
    head: { name: 'Inspektur', jobClass: 14, field: 'audit' },
    units: [
      sekretariatKecil('Sekretaris Inspektorat', 'audit', [
        ex('Pengadministrasi Umum', 5, 1, 'admin'),
        ...finance(1, 0),
      ]),
      division('irban-1', 'Inspektorat Pembantu Wilayah I', 12, 'audit', [], {
        headName: 'Inspektur Pembantu Wilayah I',
        staff: [
          fn('Auditor Ahli Madya', 11, 1, 'audit'),
          fn('Auditor Ahli Muda', 9, 1, 'audit'),
          fn('Auditor Ahli Pertama', 8, 2, 'audit'),
          fn('Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Pertama', 8, 1, 'gov'),
        ],
      }),
      division('irban-2', 'Inspektorat Pembantu Wilayah II', 12, 'audit', [], {
        headName: 'Inspektur Pembantu Wilayah II',
        staff: [
          fn('Auditor Ahli Muda', 9, 1, 'audit'),
          fn('Auditor Ahli Pertama', 8, 2, 'audit', { pppk: 1 }),
          fn('Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Muda', 9, 1, 'gov'),
        ],
      }),
    ],
  },
  {
    slug: 'bkpsdm',
    code: 'BKPSDM',
    name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    kind: 'DEPARTMENT',
    head: {
      name: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      jobClass: 14,
      field: 'hr',
    },
    units: [
      sekretariat(
        'Sekretaris Badan',
        'hr',
        [ex('Pengadministrasi Kepegawaian', 5, 1, 'admin')],
        finance(),
      ),
      division(
        'bidang-pengadaan-informasi',
        'Bidang Pengadaan, Pemberhentian dan Informasi',
        11,
        'hr',
        [
          section('Seksi Data dan Informasi Kepegawaian', 'hr', [
            fn('Analis SDM Aparatur Ahli Muda', 9, 1, 'hr', { fixed: [DEMO_AGENCY_ADMIN] }),
            fn('Pranata Komputer Ahli Pertama', 8, 1, 'it', { pppk: 1 }),
            ex('Pengelola Data Kepegawaian', 6, 1, 'hr'),
          ]),
          section('Seksi Pengadaan dan Pemberhentian', 'hr', [
            fn('Analis SDM Aparatur Ahli Pertama', 8, 1, 'hr'),
            fn('Pranata SDM Aparatur Terampil', 6, 1, 'hr'),
          ]),
        ],
      ),
      division('bidang-mutasi-promosi', 'Bidang Mutasi dan Promosi', 11, 'hr', [
        section('Seksi Mutasi dan Kepangkatan', 'hr', [
          fn('Analis SDM Aparatur Ahli Pertama', 8, 1, 'hr'),
          fn('Pranata SDM Aparatur Terampil', 6, 1, 'hr'),
        ]),
        section('Seksi Promosi dan Penilaian Kinerja', 'hr', [
          fn('Analis SDM Aparatur Ahli Muda', 9, 1, 'hr'),
        ]),
      ]),
      division(
        'bidang-pengembangan-kompetensi',
        'Bidang Pengembangan Kompetensi Aparatur',
        11,
        'hr',
        [
          section('Seksi Pengembangan Kompetensi', 'hr', [
            fn('Analis SDM Aparatur Ahli Pertama', 8, 1, 'hr'),
          ]),
        ],
      ),
    ],
  },
  {
    slug: 'bappeda',
    code: 'BAPPEDA',
    name: 'Badan Perencanaan Pembangunan Daerah',
    kind: 'DEPARTMENT',
    head: { name: 'Kepala Badan Perencanaan Pembangunan Daerah', jobClass: 14, field: 'plan' },
    units: [
      sekretariatKecil('Sekretaris Badan', 'plan', [
        ex('Pengadministrasi Umum', 5, 1, 'admin'),
        ...finance(),
      ]),
      division(
        'bidang-pemerintahan-pembangunan-manusia',
        'Bidang Pemerintahan dan Pembangunan Manusia',
        11,
        'plan',
        [
          section('Seksi Pemerintahan dan Sosial Budaya', 'plan', [
            fn('Perencana Ahli Muda', 9, 1, 'plan'),
          ]),
          section('Seksi Pendidikan dan Kesehatan', 'plan', [
            fn('Perencana Ahli Pertama', 8, 1, 'plan'),
            ex('Analis Perencanaan', 7, 1, 'plan'),
          ]),
        ],
      ),
      division(
        'bidang-perekonomian-infrastruktur',
        'Bidang Perekonomian, Infrastruktur dan Kewilayahan',
        11,
        'plan',
        [
          section('Seksi Perekonomian', 'plan', [fn('Perencana Ahli Muda', 9, 1, 'plan')]),
          section('Seksi Infrastruktur dan Kewilayahan', 'plan', [
            fn('Perencana Ahli Pertama', 8, 2, 'plan'),
            ex('Pengolah Data dan Informasi', 6, 1, 'stats'),
          ]),
        ],
      ),
    ],
  },
  {
    slug: 'bpkad',
    code: 'BPKAD',
    name: 'Badan Pengelolaan Keuangan dan Aset Daerah',
    kind: 'DEPARTMENT',
    head: {
      name: 'Kepala Badan Pengelolaan Keuangan dan Aset Daerah',
      jobClass: 14,
      field: 'finance',
    },
    units: [
      sekretariatKecil('Sekretaris Badan', 'finance', [
        ex('Pengadministrasi Umum', 5, 1, 'admin'),
        ...finance(1, 0),
      ]),
      division('bidang-anggaran', 'Bidang Anggaran', 11, 'finance', [
        section('Seksi Penyusunan Anggaran', 'finance', [
          fn('Analis Keuangan Pusat dan Daerah Ahli Pertama', 8, 2, 'finance', { pppk: 1 }),
        ]),
      ]),
      division(
        'bidang-perbendaharaan-akuntansi',
        'Bidang Perbendaharaan dan Akuntansi',
        11,
        'finance',
        [
          section('Seksi Perbendaharaan', 'finance', [ex('Pengelola Keuangan', 7, 2, 'finance')]),
          section('Seksi Akuntansi dan Pelaporan', 'finance', [
            ex('Penata Laporan Keuangan', 7, 1, 'finance'),
          ]),
        ],
      ),
      division('bidang-aset', 'Bidang Aset Daerah', 11, 'finance', [
        section('Seksi Penatausahaan Aset', 'finance', [
          ex('Pengelola Barang Milik Daerah', 6, 1, 'admin'),
        ]),
      ]),
    ],
  },
  {
    slug: 'dinas-pendidikan',
    code: 'DISDIK',
    name: 'Dinas Pendidikan',
    kind: 'DEPARTMENT',
    head: { name: 'Kepala Dinas Pendidikan', jobClass: 14, field: 'edu' },
    staff: [fn('Pengawas Sekolah Ahli Madya', 11, 1, 'edu')],
    units: [
      sekretariat(
        'Sekretaris Dinas',
        'edu',
        [
          fn('Pranata Komputer Ahli Pertama', 8, 1, 'it', {
            firstHolderRoles: ['DEPARTMENT_ADMIN'],
            adminUnitKey: 'dinas-pendidikan',
          }),
          ex('Pengadministrasi Umum', 5, 1, 'admin'),
        ],
        finance(),
      ),
      division('bidang-sd', 'Bidang Pembinaan Sekolah Dasar', 11, 'edu', [
        section('Seksi Kurikulum dan Penilaian Sekolah Dasar', 'edu', [
          ex('Analis Kurikulum', 7, 1, 'edu'),
        ]),
        section('Seksi Pendidik dan Tenaga Kependidikan', 'edu', [
          ex('Pengelola Data Pendidikan', 6, 1, 'edu'),
        ]),
      ]),
      division('bidang-smp', 'Bidang Pembinaan Sekolah Menengah Pertama', 11, 'edu', [
        section('Seksi Kurikulum dan Penilaian Sekolah Menengah Pertama', 'edu', [
          ex('Analis Kurikulum', 7, 1, 'edu'),
        ]),
        section('Seksi Sarana dan Prasarana', 'eng', []),
      ]),
      school('sd-negeri-1-contoh', 'SD Negeri 1 Contoh', 'dinas-pendidikan/bidang-sd:kepala', [
        fn('Guru Ahli Madya', 10, 1, 'edu'),
        fn('Guru Ahli Muda', 9, 1, 'edu'),
        fn('Guru Ahli Pertama', 8, 6, 'edu', { pppk: 5 }),
        ex('Pengadministrasi Umum', 5, 1, 'admin', { pppk: 1 }),
      ]),
      school('smp-negeri-1-contoh', 'SMP Negeri 1 Contoh', 'dinas-pendidikan/bidang-smp:kepala', [
        fn('Guru Ahli Madya', 10, 2, 'edu'),
        fn('Guru Ahli Muda', 9, 2, 'edu'),
        fn('Guru Ahli Pertama', 8, 7, 'edu', { pppk: 6 }),
        ex('Pengadministrasi Umum', 5, 1, 'admin'),
      ]),
      school('smp-negeri-2-contoh', 'SMP Negeri 2 Contoh', 'dinas-pendidikan/bidang-smp:kepala', [
        fn('Guru Ahli Madya', 10, 1, 'edu'),
        fn('Guru Ahli Muda', 9, 3, 'edu'),
        fn('Guru Ahli Pertama', 8, 7, 'edu', { pppk: 5 }),
        ex('Pengadministrasi Umum', 5, 1, 'admin', { pppk: 1 }),
      ]),
    ],
  },
  {
    slug: 'dinas-kesehatan',
    code: 'DINKES',
    name: 'Dinas Kesehatan',
    kind: 'DEPARTMENT',
    head: { name: 'Kepala Dinas Kesehatan', jobClass: 14, field: 'doctor' },
    units: [
      sekretariat(
        'Sekretaris Dinas',
        'health',
        [ex('Pengadministrasi Umum', 5, 1, 'admin')],
        finance(),
      ),
      division('bidang-kesehatan-masyarakat', 'Bidang Kesehatan Masyarakat', 11, 'health', [
        section('Seksi Kesehatan Keluarga dan Gizi', 'health', [
          fn('Nutrisionis Ahli Pertama', 8, 1, 'health'),
        ]),
        section('Seksi Promosi dan Pemberdayaan Masyarakat', 'health', [
          fn('Penyuluh Kesehatan Masyarakat Ahli Pertama', 8, 1, 'health'),
        ]),
      ]),
      division('bidang-p2p', 'Bidang Pencegahan dan Pengendalian Penyakit', 11, 'health', [
        section('Seksi Surveilans dan Imunisasi', 'health', [
          fn('Epidemiolog Kesehatan Ahli Pertama', 8, 1, 'health'),
        ]),
      ]),
      division('bidang-pelayanan-sdk', 'Bidang Pelayanan dan Sumber Daya Kesehatan', 11, 'health', [
        section('Seksi Pelayanan Kesehatan', 'health', [fn('Dokter Ahli Muda', 10, 1, 'doctor')]),
        section('Seksi Kefarmasian dan Alat Kesehatan', 'pharma', [
          fn('Apoteker Ahli Muda', 9, 1, 'pharma'),
        ]),
      ]),
      puskesmas('puskesmas-contoh-barat', 'Puskesmas Contoh Barat', {
        dentist: true,
        nurses: [2, 1, 3],
        pppkNurses: 2,
        pppkMidwives: 2,
        pppkPharmacist: 0,
      }),
      puskesmas('puskesmas-contoh-timur', 'Puskesmas Contoh Timur', {
        dentist: false,
        nurses: [2, 1, 2],
        pppkNurses: 2,
        pppkMidwives: 1,
        pppkPharmacist: 1,
      }),
    ],
  },
  {
    slug: 'dinas-pupr',
    code: 'DPUPR',
    name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    kind: 'DEPARTMENT',
    head: {
      name: 'Kepala Dinas Pekerjaan Umum dan Penataan Ruang',
      jobClass: 14,
      field: 'eng',
      vacant: true,
    },
    units: [
      sekretariat(
        'Sekretaris Dinas',
        'eng',
        [
          ex('Pengadministrasi Umum', 5, 1, 'admin'),
          fn('Pengelola Pengadaan Barang/Jasa Ahli Pertama', 8, 1, 'finance'),
        ],
        finance(),
      ),
      division('bidang-bina-marga', 'Bidang Bina Marga', 11, 'eng', [
        section('Seksi Pembangunan Jalan dan Jembatan', 'eng', [
          fn('Teknik Jalan dan Jembatan Ahli Pertama', 8, 2, 'eng'),
          ex('Pengawas Lapangan', 6, 1, 'eng'),
        ]),
        section('Seksi Pemeliharaan Jalan dan Jembatan', 'eng', [
          ex('Pengawas Lapangan', 6, 1, 'eng'),
        ]),
      ]),
      division('bidang-sumber-daya-air', 'Bidang Sumber Daya Air', 11, 'eng', [
        section('Seksi Irigasi dan Drainase', 'eng', [
          fn('Teknik Pengairan Ahli Pertama', 8, 2, 'eng', { pppk: 1 }),
        ]),
      ]),
      division('bidang-penataan-ruang', 'Bidang Penataan Ruang', 11, 'eng', [
        section('Seksi Perencanaan dan Pemanfaatan Ruang', 'plan', [
          fn('Penata Ruang Ahli Pertama', 8, 1, 'plan'),
        ]),
      ]),
    ],
  },
  {
    slug: 'dinas-kominfo',
    code: 'DISKOMINFO',
    name: 'Dinas Komunikasi dan Informatika',
    kind: 'DEPARTMENT',
    head: {
      name: 'Kepala Dinas Komunikasi dan Informatika',
      jobClass: 14,
      field: 'it',
      fixed: [DEMO_DEPARTMENT_HEAD],
    },
    units: [
      sekretariat(
        'Sekretaris Dinas',
        'admin',
        [ex('Pengadministrasi Umum', 5, 1, 'admin')],
        finance(),
      ),
      division('bidang-aptika', 'Bidang Aplikasi Informatika', 11, 'it', [
        section(
          'Seksi Pengembangan Aplikasi',
          'it',
          [
            ex('Pengelola Layanan Operasional', 7, 2, 'it', { fixed: [DEMO_STAFF], pppk: 1 }),
            fn('Pranata Komputer Ahli Pertama', 8, 2, 'it', { pppk: 1 }),
            fn('Pranata Komputer Terampil', 6, 1, 'it'),
          ],
          { fixed: [DEMO_SECTION_HEAD] },
        ),
        section('Seksi Infrastruktur dan Tata Kelola E-Government', 'it', [
          fn('Pranata Komputer Ahli Muda', 9, 1, 'it'),
          ex('Pengelola Sistem dan Jaringan', 6, 1, 'it'),
        ]),
      ]),
      division('bidang-ikp', 'Bidang Informasi dan Komunikasi Publik', 11, 'comm', [
        section('Seksi Pengelolaan Informasi Publik', 'comm', [
          fn('Pranata Hubungan Masyarakat Ahli Pertama', 8, 1, 'comm'),
          ex('Pengelola Konten Media', 6, 1, 'comm'),
        ]),
        section('Seksi Komunikasi Publik dan Kemitraan Media', 'comm', [
          fn('Pranata Hubungan Masyarakat Terampil', 6, 1, 'comm'),
        ]),
      ]),
      division('bidang-persandian-statistik', 'Bidang Persandian dan Statistik', 11, 'it', [
        section('Seksi Persandian dan Keamanan Informasi', 'it', [
          fn('Sandiman Ahli Pertama', 8, 1, 'it'),
        ]),
        section('Seksi Statistik Sektoral', 'stats', [
          fn('Statistisi Ahli Pertama', 8, 1, 'stats', { pppk: 1 }),
        ]),
      ]),
    ],
  },
  {
    slug: 'dinas-sosial',
    code: 'DINSOS',
    name: 'Dinas Sosial',
    kind: 'DEPARTMENT',
    head: { name: 'Kepala Dinas Sosial', jobClass: 14, field: 'social' },
    units: [
      sekretariatKecil('Sekretaris Dinas', 'social', [
        ex('Pengadministrasi Umum', 5, 1, 'admin'),
        ...finance(),
      ]),
      division(
        'bidang-rehabilitasi-sosial',
        'Bidang Rehabilitasi Sosial',
        11,
        'social',
        [
          section('Seksi Rehabilitasi Sosial Anak dan Lanjut Usia', 'social', [
            fn('Pekerja Sosial Ahli Pertama', 8, 1, 'social'),
            fn('Pekerja Sosial Terampil', 6, 1, 'social', { pppk: 1 }),
          ]),
          section('Seksi Rehabilitasi Sosial Penyandang Disabilitas', 'social', [
            fn('Pekerja Sosial Ahli Pertama', 8, 1, 'social', { pppk: 1 }),
          ]),
        ],
        { vacant: true, staff: [ex('Pengadministrasi Umum', 5, 1, 'admin')] },
      ),
      division(
        'bidang-perlindungan-jaminan-sosial',
        'Bidang Perlindungan dan Jaminan Sosial',
        11,
        'social',
        [
          section('Seksi Perlindungan Sosial Korban Bencana', 'social', [
            ex('Pengelola Bantuan Sosial', 6, 1, 'social'),
          ]),
          section('Seksi Jaminan Sosial Keluarga', 'social', [
            ex('Pengolah Data Kesejahteraan Sosial', 6, 1, 'social'),
            fn('Penyuluh Sosial Ahli Pertama', 8, 1, 'social', { pppk: 1 }),
          ]),
        ],
      ),
    ],
  },
  kecamatan('contoh-barat', 'KEC-CB', 'Contoh Barat', [
    kelurahan('sukamaju', 'Sukamaju', 2),
    kelurahan('mekarsari', 'Mekarsari', 1),
    kelurahan('tanjung-harapan', 'Tanjung Harapan', 1),
  ]),
  kecamatan('contoh-timur', 'KEC-CT', 'Contoh Timur', [
    kelurahan('karang-anyar', 'Karang Anyar', 2),
    kelurahan('sidomulyo', 'Sidomulyo', 1),
  ]),
];

// ---------------------------------------------------------------------------------------------
// Building

interface Slot {
  position: DemoPosition;
  def: PositionDef;
}

interface Registry {
  nips: Set<string>;
  emails: Set<string>;
  names: Set<string>;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function birthDate(rng: Rng, year: number): string {
  const month = rng.int(1, 12);
  return `${year}${pad(month, 2)}${pad(rng.int(1, daysInMonth(year, month)), 2)}`;
}

function levelOf(
  name: string,
): 'TERAMPIL' | 'MAHIR' | 'PENYELIA' | 'PERTAMA' | 'MUDA' | 'MADYA' | null {
  if (name.includes('Terampil')) return 'TERAMPIL';
  if (name.includes('Mahir')) return 'MAHIR';
  if (name.includes('Penyelia')) return 'PENYELIA';
  if (name.includes('Ahli Pertama')) return 'PERTAMA';
  if (name.includes('Ahli Muda')) return 'MUDA';
  if (name.includes('Ahli Madya') || name === 'Kepala Sekolah') return 'MADYA';
  return null;
}

function educationFor(rng: Rng, position: DemoPosition, def: PositionDef): Edu {
  if (def.edu) return def.edu;
  const level = levelOf(position.name);
  if (level === 'TERAMPIL' || level === 'MAHIR' || level === 'PENYELIA') return 'D3';
  if (position.kind === 'STRUCTURAL') {
    const share =
      position.jobClass >= 14
        ? 0.9
        : position.jobClass >= 11
          ? 0.6
          : position.jobClass >= 9
            ? 0.35
            : 0.1;
    return rng.chance(share) ? 'S2' : 'S1';
  }
  if (position.kind === 'FUNCTIONAL') {
    const share = level === 'MADYA' ? 0.6 : level === 'MUDA' ? 0.3 : 0.05;
    return rng.chance(share) ? 'S2' : 'S1';
  }
  if (position.jobClass <= 5) return rng.chance(0.7) ? 'SMA' : 'D3';
  if (position.jobClass === 6) {
    const roll = rng.next();
    return roll < 0.3 ? 'SMA' : roll < 0.8 ? 'D3' : 'S1';
  }
  return 'S1';
}

/** The plausible PNS grade range [low, high] of a position's holder. */
function gradeBand(position: DemoPosition, edu: Edu): readonly [number, number] {
  if (position.kind === 'STRUCTURAL') {
    const byClass: Record<number, readonly [number, number]> = {
      17: [G.IVe, G.IVe],
      16: [G.IVc, G.IVd],
      15: [G.IVb, G.IVc],
      14: [G.IVb, G.IVc],
      12: [G.IVa, G.IVb],
      11: [G.IIId, G.IVa],
      10: [G.IIId, G.IVa],
      9: [G.IIIc, G.IIId],
      8: [G.IIIb, G.IIIc],
    };
    return byClass[position.jobClass] ?? [G.IIIa, G.IIIb];
  }
  if (position.kind === 'FUNCTIONAL') {
    switch (levelOf(position.name)) {
      case 'TERAMPIL':
        return [G.IIc, G.IIc + 1];
      case 'MAHIR':
        return [G.IIIa, G.IIIb];
      case 'PENYELIA':
        return [G.IIIc, G.IIId];
      case 'MUDA':
        return [G.IIIc, G.IIId];
      case 'MADYA':
        return [G.IVa, G.IVc];
      default:
        return [G.IIIa, G.IIIb];
    }
  }
  if (edu === 'SMA') return [G.IIa, G.IIa + 3];
  if (edu === 'D3') return [G.IIc, G.IIIb];
  return [G.IIIa, G.IIIc];
}

function sexFor(rng: Rng, position: DemoPosition, field: Field): Sex {
  let share = FEMALE_SHARE[field];
  if (position.kind === 'STRUCTURAL' && position.jobClass >= 11) share *= 0.7;
  return rng.chance(share) ? 'F' : 'M';
}

function uniqueNip(rng: Rng, registry: Registry, prefix: string): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const nip = `${prefix}${pad(rng.int(1, 999), 3)}`;
    if (!registry.nips.has(nip)) {
      registry.nips.add(nip);
      return nip;
    }
  }
  throw new Error(`no free NIP sequence for ${prefix}`);
}

function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function uniqueEmail(registry: Registry, first: string, last: string): string {
  const base = `${asciiSlug(first)}.${asciiSlug(last)}`;
  for (let n = 1; ; n++) {
    const email = `${n === 1 ? base : `${base}${n}`}@${EMAIL_DOMAIN}`;
    if (!registry.emails.has(email)) {
      registry.emails.add(email);
      return email;
    }
  }
}

function generateEmployee(rng: Rng, registry: Registry, slot: Slot, pppk: boolean): DemoEmployee {
  const { position, def } = slot;
  const edu = educationFor(rng, position, def);
  const sex = sexFor(rng, position, def.field);
  const sexDigit = sex === 'M' ? '1' : '2';

  let person = buildPersonName(rng, sex);
  for (let attempt = 0; registry.names.has(person.full); attempt++) {
    if (attempt > 100) throw new Error('ran out of distinct names');
    person = buildPersonName(rng, sex);
  }
  registry.names.add(person.full);

  let nip: string;
  let rank: string;
  let birthYear: number;
  if (pppk) {
    // PPPK: birth date, first appointment year, '2', number of contracts, sex, sequence.
    const firstYear = rng.pick([2021, 2022, 2023, 2024]);
    const contracts = firstYear === 2021 ? rng.pick([2, 3]) : firstYear === 2022 ? 2 : 1;
    birthYear = Math.max(firstYear - rng.int(23, 44), CURRENT_YEAR - 56);
    nip = uniqueNip(
      rng,
      registry,
      `${birthDate(rng, birthYear)}${firstYear}2${contracts}${sexDigit}`,
    );
    rank = `PPPK Golongan ${PPPK_GRADE[edu]}`;
  } else {
    // PNS: birth date, CPNS appointment (year and month), sex, sequence.
    const entry = ENTRY_GRADE[edu];
    const [low, high] = gradeBand(position, edu);
    const grade = rng.int(Math.max(low, entry), Math.max(high, entry));
    const years = Math.min(33, 4 * (grade - entry) + rng.int(0, 4));
    const appointmentYear = LAST_APPOINTMENT_YEAR - years;
    // Doctors and dentists finish their professional education and internship first.
    const medical = def.field === 'doctor' || def.field === 'dentist';
    const [minAge, maxAge] = medical ? ([25, 32] as const) : ENTRY_AGE[edu];
    const oldest = position.kind === 'STRUCTURAL' && position.jobClass >= 14 ? 59 : 57;
    birthYear = Math.max(appointmentYear - rng.int(minAge, maxAge), CURRENT_YEAR - oldest);
    const birth = birthDate(rng, birthYear);
    nip = uniqueNip(
      rng,
      registry,
      `${birth}${appointmentYear}${pad(rng.int(1, 12), 2)}${sexDigit}`,
    );
    rank = pnsRank(grade);
  }

  const roles: Role[] = ['EMPLOYEE'];
  const employee: DemoEmployee = {
    nip,
    name: titledName(
      rng,
      person.full,
      sex,
      person.religion,
      def.field,
      edu,
      birthYear,
      position.jobClass,
    ),
    rank,
    employmentType: pppk ? 'PPPK' : 'PNS',
    positionKey: position.key,
    roles,
    email: uniqueEmail(registry, person.first, person.last),
  };
  return employee;
}

export function buildDemoCity(): DemoCity {
  const rng = new Rng(SEED);
  const units: DemoUnit[] = [];
  const positions: DemoPosition[] = [];
  const slots: Slot[] = [];
  const positionKeys = new Set<string>();
  const unitKeys = new Set<string>();

  function addPosition(position: DemoPosition, def: PositionDef): void {
    if (positionKeys.has(position.key)) throw new Error(`duplicate position ${position.key}`);
    if (position.parentKey !== null && !positionKeys.has(position.parentKey)) {
      throw new Error(`position ${position.key}: parent ${position.parentKey} not defined yet`);
    }
    positionKeys.add(position.key);
    positions.push(position);
    slots.push({ position, def });
  }

  function addUnit(def: UnitDef, parent: DemoUnit, parentHead: string | null, index: number): void {
    const key = parent.kind === 'AGENCY' ? def.slug : `${parent.key}/${def.slug}`;
    if (unitKeys.has(key)) throw new Error(`duplicate unit ${key}`);
    unitKeys.add(key);
    const unit: DemoUnit = {
      key,
      code: def.code ?? `${parent.code}.${pad(index + 1, 2)}`,
      name: def.name,
      kind: def.kind,
      parentKey: parent.key,
    };
    units.push(unit);

    let head = parentHead;
    if (def.head) {
      const { vacant, kind, ...rest } = def.head;
      const headKey = `${key}:kepala`;
      addPosition(
        {
          key: headKey,
          name: rest.name,
          kind: kind ?? 'STRUCTURAL',
          jobClass: rest.jobClass,
          unitKey: key,
          parentKey: rest.parent ?? parentHead,
        },
        { ...rest, kind: kind ?? 'STRUCTURAL', holders: vacant ? 0 : 1 },
      );
      head = headKey;
    }
    for (const staff of def.staff ?? []) {
      addPosition(
        {
          key: `${key}:${staff.slug ?? slugify(staff.name)}`,
          name: staff.name,
          kind: staff.kind,
          jobClass: staff.jobClass,
          unitKey: key,
          parentKey: staff.parent ?? head,
        },
        staff,
      );
    }
    (def.units ?? []).forEach((child, childIndex) => addUnit(child, unit, head, childIndex));
  }

  // The agency root holds the mayor and the Sekda.
  const root: DemoUnit = {
    key: AGENCY_UNIT_KEY,
    code: 'KOTA-CONTOH',
    name: 'Pemerintah Kota Contoh',
    kind: 'AGENCY',
    parentKey: null,
  };
  units.push(root);
  unitKeys.add(root.key);
  addPosition(
    {
      key: MAYOR_POSITION_KEY,
      name: 'Wali Kota Contoh',
      kind: 'STRUCTURAL',
      jobClass: 17,
      unitKey: root.key,
      parentKey: null,
    },
    {
      name: 'Wali Kota Contoh',
      kind: 'STRUCTURAL',
      jobClass: 17,
      holders: 1,
      field: 'gov',
      fixed: [MAYOR],
    },
  );
  addPosition(
    {
      key: SEKDA_POSITION_KEY,
      name: 'Sekretaris Daerah',
      kind: 'STRUCTURAL',
      jobClass: 16,
      unitKey: root.key,
      parentKey: MAYOR_POSITION_KEY,
    },
    {
      name: 'Sekretaris Daerah',
      kind: 'STRUCTURAL',
      jobClass: 16,
      holders: 1,
      field: 'gov',
      fixed: [DEMO_SEKDA],
    },
  );
  DEPARTMENTS.forEach((def, index) => addUnit(def, root, SEKDA_POSITION_KEY, index));

  // Hand-written holders are registered first so generated ones never collide with them.
  const registry: Registry = { nips: new Set(), emails: new Set(), names: new Set() };
  for (const { def } of slots) {
    for (const fixed of def.fixed ?? []) {
      registry.nips.add(fixed.nip);
      registry.emails.add(fixed.email);
      registry.names.add(fixed.name);
    }
  }

  const employees: DemoEmployee[] = [];
  for (const slot of slots) {
    const { def } = slot;
    const fixed = def.fixed ?? [];
    if (fixed.length > def.holders)
      throw new Error(`${slot.position.key}: more fixed holders than holders`);
    for (let i = 0; i < def.holders; i++) {
      const hand = fixed[i];
      if (hand) {
        employees.push({
          nip: hand.nip,
          name: hand.name,
          rank: hand.rank,
          employmentType: 'PNS',
          positionKey: slot.position.key,
          roles: hand.roles ? [...hand.roles] : ['EMPLOYEE'],
          email: hand.email,
        });
        continue;
      }
      const pppk = i >= def.holders - (def.pppk ?? 0);
      const employee = generateEmployee(rng, registry, slot, pppk);
      if (i === fixed.length && def.firstHolderRoles) {
        employee.roles.push(...def.firstHolderRoles);
        if (def.adminUnitKey) employee.adminUnitKey = def.adminUnitKey;
      }
      employees.push(employee);
    }
  }

  // The Sekretaris of Dinas PUPR acts (PLT) as its head while the post is vacant: open-ended, so the
  // demo keeps its Plt whatever day it is started on.
  const sekretarisPupr = employees.find((e) => e.positionKey === 'dinas-pupr/sekretariat:kepala');
  if (!sekretarisPupr) throw new Error('Sekretaris Dinas PUPR missing');
  const acting: DemoActing[] = [
    {
      nip: sekretarisPupr.nip,
      positionKey: VACANT_ACTED_POSITION_KEY,
      kind: 'PLT',
      startDate: '2026-09-01',
      endDate: null,
    },
  ];

  return {
    agency: { code: 'kota-contoh', name: 'Pemerintah Kota Contoh', timeZone: 'Asia/Jakarta' },
    units,
    positions,
    employees,
    acting,
  };
}
