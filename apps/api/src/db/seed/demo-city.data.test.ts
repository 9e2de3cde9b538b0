import { describe, it, expect } from 'vitest';
import {
  AGENCY_UNIT_KEY,
  DEMO_PASSWORD,
  DEMO_USERS,
  MAYOR_POSITION_KEY,
  PNS_RANKS,
  SEKDA_POSITION_KEY,
  VACANT_ACTED_POSITION_KEY,
  VACANT_POSITION_KEY,
  buildDemoCity,
  type DemoEmployee,
  type DemoPosition,
  type DemoUnit,
} from './demo-city.data.js';

const city = buildDemoCity();
const unitByKey = new Map(city.units.map((u) => [u.key, u]));
const positionByKey = new Map(city.positions.map((p) => [p.key, p]));
const employeeByNip = new Map(city.employees.map((e) => [e.nip, e]));

function holdersOf(positionKey: string): DemoEmployee[] {
  return city.employees.filter((e) => e.positionKey === positionKey);
}

function unit(key: string): DemoUnit {
  const found = unitByKey.get(key);
  if (!found) throw new Error(`no unit ${key}`);
  return found;
}

function position(key: string | null): DemoPosition {
  const found = key === null ? undefined : positionByKey.get(key);
  if (!found) throw new Error(`no position ${String(key)}`);
  return found;
}

function employee(nip: string): DemoEmployee {
  const found = employeeByNip.get(nip);
  if (!found) throw new Error(`no employee ${nip}`);
  return found;
}

/** Whether `key` is `ancestorKey` or lies below it in the unit tree. */
function isWithin(key: string, ancestorKey: string): boolean {
  for (let current: string | null = key; current !== null; current = unit(current).parentKey) {
    if (current === ancestorKey) return true;
  }
  return false;
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Checks the national NIP structure (rules.md); returns the problems found. */
function nipProblems(nip: string, type: 'PNS' | 'PPPK'): string[] {
  if (!/^\d{18}$/.test(nip)) return ['not 18 digits'];
  const problems: string[] = [];
  const num = (from: number, to: number) => Number(nip.slice(from, to));
  const [birthYear, birthMonth, birthDay] = [num(0, 4), num(4, 6), num(6, 8)];
  if (!isRealDate(birthYear, birthMonth, birthDay)) problems.push('birth date is not a real date');
  if (birthYear < 1955 || birthYear > 2007) problems.push('implausible birth year');
  if (!['1', '2'].includes(nip.charAt(14))) problems.push('sex digit is not 1 or 2');
  const sequence = num(15, 18);
  if (sequence < 1 || sequence > 999) problems.push('sequence not in 001–999');

  if (type === 'PNS') {
    const [year, month] = [num(8, 12), num(12, 14)];
    if (month < 1 || month > 12) problems.push('appointment month is not a real month');
    const birthMonths = birthYear * 12 + birthMonth;
    const appointmentMonths = year * 12 + month;
    if (appointmentMonths <= birthMonths) problems.push('appointment not after birth');
    const age = (appointmentMonths - birthMonths) / 12;
    if (age < 18 || age > 35) problems.push(`appointment age ${age.toFixed(1)} not in 18–35`);
    if (appointmentMonths >= 2026 * 12 + 1) problems.push('appointment not before 2026-01');
  } else {
    const year = num(8, 12);
    if (year < 2019 || year > 2025) problems.push('implausible first PPPK appointment year');
    if (year - birthYear < 18) problems.push('appointed before 18');
    if (nip.charAt(12) !== '2') problems.push("13th digit is not '2'");
    const contracts = num(13, 14);
    if (contracts < 1 || contracts > 3) problems.push('number of contracts not in 1–3');
  }
  return problems;
}

describe('buildDemoCity', () => {
  it('is deterministic', () => {
    const again = buildDemoCity();
    expect(again).toEqual(city);
    expect(again).not.toBe(city);
    expect(again.employees[0]).not.toBe(city.employees[0]);
  });

  it('describes Pemerintah Kota Contoh', () => {
    expect(city.agency).toEqual({
      code: 'kota-contoh',
      name: 'Pemerintah Kota Contoh',
      timeZone: 'Asia/Jakarta',
    });
    expect(DEMO_PASSWORD).toBe('kinerja2026');
  });

  it('has plausible counts', () => {
    const count = (kind: DemoUnit['kind']) => city.units.filter((u) => u.kind === kind).length;
    const topLevel = city.units.filter((u) => u.parentKey === AGENCY_UNIT_KEY);
    expect(topLevel.length).toBeGreaterThanOrEqual(11);
    expect(topLevel.length).toBeLessThanOrEqual(14);
    expect(count('AGENCY')).toBe(1);
    expect(count('DEPARTMENT')).toBeGreaterThanOrEqual(9);
    expect(count('DISTRICT')).toBe(2);
    expect(count('VILLAGE')).toBeGreaterThanOrEqual(4);
    expect(count('VILLAGE')).toBeLessThanOrEqual(6);
    expect(count('SCHOOL')).toBe(3);
    expect(count('CLINIC')).toBe(2);
    expect(count('DIVISION')).toBeGreaterThan(20);
    expect(count('SECTION')).toBeGreaterThan(30);
    expect(city.units.length).toBeGreaterThan(80);
    expect(city.units.length).toBeLessThan(200);

    expect(city.employees.length).toBeGreaterThanOrEqual(280);
    expect(city.employees.length).toBeLessThanOrEqual(320);
    const pppk = city.employees.filter((e) => e.employmentType === 'PPPK').length;
    expect(pppk / city.employees.length).toBeGreaterThanOrEqual(0.1);
    expect(pppk / city.employees.length).toBeLessThanOrEqual(0.15);
  });

  it('has unique keys, codes, NIPs, e-mails and names', () => {
    expect(duplicates(city.units.map((u) => u.key))).toEqual([]);
    expect(duplicates(city.units.map((u) => u.code))).toEqual([]);
    expect(duplicates(city.positions.map((p) => p.key))).toEqual([]);
    expect(duplicates(city.employees.map((e) => e.nip))).toEqual([]);
    expect(duplicates(city.employees.map((e) => e.email))).toEqual([]);
    expect(duplicates(city.employees.map((e) => e.name))).toEqual([]);
  });

  it('lists units parents first, under a single agency root', () => {
    const seen = new Set<string>();
    for (const u of city.units) {
      if (u.kind === 'AGENCY') {
        expect(u.parentKey).toBeNull();
        expect(u.key).toBe(AGENCY_UNIT_KEY);
      } else {
        expect(u.parentKey, u.key).not.toBeNull();
        expect(seen.has(u.parentKey ?? ''), `${u.key}: parent listed first`).toBe(true);
      }
      seen.add(u.key);
    }
  });

  it('lists positions parents first, each in an existing unit, with plausible job classes', () => {
    const seen = new Set<string>();
    const classRange: Record<DemoPosition['kind'], [number, number]> = {
      STRUCTURAL: [8, 17],
      FUNCTIONAL: [6, 11],
      EXECUTOR: [5, 7],
    };
    for (const p of city.positions) {
      expect(unitByKey.has(p.unitKey), `${p.key}: unit exists`).toBe(true);
      if (p.parentKey === null) expect(p.key).toBe(MAYOR_POSITION_KEY);
      else expect(seen.has(p.parentKey), `${p.key}: parent listed first`).toBe(true);
      const [low, high] = classRange[p.kind];
      expect(Number.isInteger(p.jobClass)).toBe(true);
      expect(p.jobClass, p.key).toBeGreaterThanOrEqual(low);
      expect(p.jobClass, p.key).toBeLessThanOrEqual(high);
      seen.add(p.key);
    }
  });

  it('puts the mayor and the Sekda at the agency root', () => {
    const mayor = position(MAYOR_POSITION_KEY);
    expect(mayor).toMatchObject({ name: 'Wali Kota Contoh', kind: 'STRUCTURAL', jobClass: 17 });
    expect(mayor.unitKey).toBe(AGENCY_UNIT_KEY);
    const sekda = position(SEKDA_POSITION_KEY);
    expect(sekda).toMatchObject({
      kind: 'STRUCTURAL',
      jobClass: 16,
      parentKey: MAYOR_POSITION_KEY,
    });
    expect(sekda.unitKey).toBe(AGENCY_UNIT_KEY);
    for (const key of [MAYOR_POSITION_KEY, SEKDA_POSITION_KEY]) {
      const holders = holdersOf(key);
      expect(holders).toHaveLength(1);
      expect(holders[0]?.roles).toEqual(['EMPLOYEE', 'EXECUTIVE']);
    }
  });

  it('places department heads under the Sekda, Camat under the Sekda and Lurah under the Camat', () => {
    for (const u of city.units.filter((x) => x.kind === 'DEPARTMENT')) {
      const head = positionByKey.get(`${u.key}:kepala`);
      if (!head) continue; // the Sekretariat Daerah is led by the Sekda and the assistants
      expect(head.parentKey, head.key).toBe(SEKDA_POSITION_KEY);
      expect([14, 15]).toContain(head.jobClass);
    }
    for (const district of city.units.filter((x) => x.kind === 'DISTRICT')) {
      const camat = position(`${district.key}:kepala`);
      expect(camat.name).toMatch(/^Camat /);
      expect(camat.parentKey).toBe(SEKDA_POSITION_KEY);
      const villages = city.units.filter(
        (x) => x.kind === 'VILLAGE' && x.parentKey === district.key,
      );
      expect(villages.length).toBeGreaterThanOrEqual(2);
      expect(villages.length).toBeLessThanOrEqual(3);
      for (const village of villages) {
        const lurah = position(`${village.key}:kepala`);
        expect(lurah.name).toMatch(/^Lurah /);
        expect(lurah.parentKey).toBe(camat.key);
      }
    }
    for (const school of city.units.filter((x) => x.kind === 'SCHOOL')) {
      expect(position(`${school.key}:kepala`).name).toBe('Kepala Sekolah');
      expect(
        city.positions.some((p) => p.unitKey === school.key && p.name.startsWith('Guru Ahli')),
      ).toBe(true);
    }
    for (const clinic of city.units.filter((x) => x.kind === 'CLINIC')) {
      expect(position(`${clinic.key}:kepala`).name).toBe('Kepala Puskesmas');
    }
  });

  it('gives every employee exactly one existing position and sane attributes', () => {
    for (const e of city.employees) {
      const p = position(e.positionKey);
      expect(e.roles, e.nip).toContain('EMPLOYEE');
      expect(e.email, e.nip).toMatch(/^[a-z]+\.[a-z]+\d*@kotacontoh\.go\.id$/);
      expect(e.name.trim(), e.nip).toBe(e.name);
      if (e.employmentType === 'PNS') expect(PNS_RANKS, e.nip).toContain(e.rank);
      else {
        expect(e.rank, e.nip).toMatch(
          /^PPPK Golongan (I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII)$/,
        );
        expect(p.kind, `${e.nip}: PPPK never holds a structural post`).not.toBe('STRUCTURAL');
      }
      if (e.adminUnitKey !== undefined) expect(e.roles).toContain('DEPARTMENT_ADMIN');
      if (e.roles.includes('DEPARTMENT_ADMIN')) {
        expect(e.adminUnitKey).toBeDefined();
        expect(unit(e.adminUnitKey ?? '').kind).toBe('DEPARTMENT');
        expect(isWithin(p.unitKey, e.adminUnitKey ?? '')).toBe(true);
      }
    }
    for (const p of city.positions.filter((x) => x.kind === 'STRUCTURAL')) {
      expect(holdersOf(p.key).length, p.key).toBeLessThanOrEqual(1);
    }
    expect(city.positions.some((p) => p.kind === 'EXECUTOR' && holdersOf(p.key).length > 1)).toBe(
      true,
    );
  });

  it('gives every employee a structurally valid NIP', () => {
    const problems = city.employees.flatMap((e) =>
      nipProblems(e.nip, e.employmentType).map((problem) => `${e.nip} (${e.name}): ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('keeps the sex digit consistent with the name where the name tells', () => {
    for (const e of city.employees) {
      const sex = e.nip.charAt(14);
      if (/^(.* )?(Ni|Hj\.) /.test(e.name)) expect(sex, e.name).toBe('2');
      if (/^(.* )?(I|H\.) /.test(e.name)) expect(sex, e.name).toBe('1');
      if (e.positionKey.includes(':bidan-')) expect(sex, e.name).toBe('2');
    }
  });

  it('has the six demo users in the right relationships', () => {
    expect(DEMO_USERS.map((u) => u.nip)).toEqual([
      '199203152019031001',
      '198507222010012002',
      '197604101998031003',
      '196812011990031004',
      '198910052014022005',
      '197806202001041701',
    ]);
    expect(employee('197806202001041701')?.positionKey).toBe(
      'dinas-pendidikan/sd-negeri-1-contoh:guru-ahli-madya',
    );
    const [staff, sectionHead, departmentHead, sekda, agencyAdmin] = DEMO_USERS.map((u) =>
      employee(u.nip),
    );
    if (!staff || !sectionHead || !departmentHead || !sekda || !agencyAdmin)
      throw new Error('missing');
    expect(DEMO_USERS.every((u) => u.who.length > 0)).toBe(true);

    // Sex digits of the given NIPs.
    expect(
      [staff, sectionHead, departmentHead, sekda, agencyAdmin].map((e) => e.nip.charAt(14)),
    ).toEqual(['1', '2', '1', '1', '2']);

    const staffPosition = position(staff.positionKey);
    expect(staffPosition.kind).toBe('EXECUTOR');
    expect(unit(staffPosition.unitKey).kind).toBe('SECTION');
    expect(isWithin(staffPosition.unitKey, 'dinas-kominfo')).toBe(true);
    expect(staff.roles).toEqual(['EMPLOYEE']);

    const sectionHeadPosition = position(sectionHead.positionKey);
    expect(staffPosition.parentKey).toBe(sectionHeadPosition.key);
    expect(sectionHeadPosition.unitKey).toBe(staffPosition.unitKey);
    expect(sectionHeadPosition).toMatchObject({ kind: 'STRUCTURAL', jobClass: 9 });

    const divisionHeadPosition = position(sectionHeadPosition.parentKey);
    expect(divisionHeadPosition.name).toBe('Kepala Bidang Aplikasi Informatika');
    expect(unit(divisionHeadPosition.unitKey).kind).toBe('DIVISION');
    expect(holdersOf(divisionHeadPosition.key)).toHaveLength(1);

    const departmentHeadPosition = position(divisionHeadPosition.parentKey);
    expect(departmentHead.positionKey).toBe(departmentHeadPosition.key);
    expect(departmentHeadPosition.unitKey).toBe('dinas-kominfo');
    expect(unit('dinas-kominfo').kind).toBe('DEPARTMENT');
    expect(departmentHeadPosition.parentKey).toBe(SEKDA_POSITION_KEY);

    expect(sekda.positionKey).toBe(SEKDA_POSITION_KEY);
    expect(sekda.roles).toEqual(['EMPLOYEE', 'EXECUTIVE']);

    expect(agencyAdmin.roles).toEqual(['EMPLOYEE', 'AGENCY_ADMIN']);
    expect(isWithin(position(agencyAdmin.positionKey).unitKey, 'bkpsdm')).toBe(true);
  });

  it('has a department admin for Dinas Pendidikan', () => {
    const admins = city.employees.filter((e) => e.roles.includes('DEPARTMENT_ADMIN'));
    expect(admins.map((e) => e.adminUnitKey)).toContain('dinas-pendidikan');
    expect(city.employees.filter((e) => e.roles.includes('AGENCY_ADMIN'))).toHaveLength(1);
  });

  it('has a vacant head position whose subordinates are filled and nobody acts in it', () => {
    expect(holdersOf(VACANT_POSITION_KEY)).toEqual([]);
    expect(city.acting.some((a) => a.positionKey === VACANT_POSITION_KEY)).toBe(false);
    expect(position(VACANT_POSITION_KEY).kind).toBe('STRUCTURAL');
    const children = city.positions.filter((p) => p.parentKey === VACANT_POSITION_KEY);
    expect(children.length).toBeGreaterThan(0);
    for (const child of children) expect(holdersOf(child.key).length, child.key).toBeGreaterThan(0);
    // Its supervisor, next holder up, exists.
    const up = position(position(VACANT_POSITION_KEY).parentKey);
    expect(holdersOf(up.key)).toHaveLength(1);
  });

  it('has acting assignments only in vacant positions, held by a subordinate', () => {
    expect(city.acting.length).toBeGreaterThan(0);
    for (const a of city.acting) {
      expect(holdersOf(a.positionKey), a.positionKey).toEqual([]);
      const actor = employee(a.nip);
      expect(actor.positionKey).not.toBe(a.positionKey);
      expect(['PLT', 'PLH']).toContain(a.kind);
      expect(a.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (a.endDate !== null) expect(a.endDate >= a.startDate).toBe(true);
    }
    const plt = city.acting.find((a) => a.positionKey === VACANT_ACTED_POSITION_KEY);
    expect(plt).toMatchObject({ kind: 'PLT', startDate: '2026-09-01' });
    expect(plt?.endDate).toBeNull();
    const actorPosition = position(employee(plt?.nip ?? '').positionKey);
    expect(actorPosition.parentKey).toBe(VACANT_ACTED_POSITION_KEY);
    expect(actorPosition.unitKey).toBe('dinas-pupr/sekretariat');
  });

  it('leaves only structural head positions vacant', () => {
    const vacant = city.positions.filter((p) => holdersOf(p.key).length === 0);
    expect(vacant.map((p) => p.key).sort()).toEqual(
      [VACANT_ACTED_POSITION_KEY, VACANT_POSITION_KEY].sort(),
    );
  });
});
