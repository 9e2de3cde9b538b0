import { describe, expect, it } from 'vitest';
import { buildActivityBank, buildProposedItems } from './activity-bank.data.js';
import { buildDemoCity, DEMO_USERS } from './demo-city.data.js';

const bank = buildActivityBank();
const city = buildDemoCity();

describe('the demo activity bank', () => {
  it('is deterministic and real-sized', () => {
    expect(buildActivityBank()).toEqual(bank);
    expect(bank.length).toBeGreaterThanOrEqual(150);
  });

  it('has unique, well-formed codes and plausible values', () => {
    expect(new Set(bank.map((i) => i.code)).size).toBe(bank.length);
    expect(new Set(bank.map((i) => i.name.toLowerCase())).size).toBe(bank.length);
    for (const item of bank) {
      expect(item.code).toMatch(/^[A-Z]+\.\d{3}$/);
      expect(item.name.length).toBeGreaterThanOrEqual(3);
      expect(item.standardMinutes).toBeGreaterThanOrEqual(5);
      expect(item.standardMinutes).toBeLessThanOrEqual(480);
      expect(item.keywords.every((k) => k === k.toLowerCase() && k.trim() === k && k)).toBe(true);
    }
    expect(bank.some((i) => i.requiresEvidence)).toBe(true);
    expect(bank.some((i) => i.category === 'ADDITIONAL')).toBe(true);
  });

  it('scopes items by units and position kinds that exist in the demo city', () => {
    const units = new Map(city.units.map((u) => [u.key, u]));
    for (const item of bank) {
      expect(item.unitKeys.map((k) => units.get(k)?.code)).toEqual(item.unitCodes);
    }
    const byCode = new Map(bank.map((i) => [i.code, i]));
    const general = bank.filter((i) => i.unitKeys.length === 0 && i.positionKinds.length === 0);
    expect(general.length).toBeGreaterThanOrEqual(30);
    expect(byCode.get('UMUM.001')).toMatchObject({
      name: 'Mengikuti rapat koordinasi',
      standardMinutes: 60,
      outputUnit: 'kegiatan',
    });
    expect(byCode.get('GURU.001')).toMatchObject({
      name: 'Menyusun soal ulangan harian',
      standardMinutes: 60,
      outputUnit: 'dokumen',
    });
    const schools = city.units.filter((u) => u.kind === 'SCHOOL').map((u) => u.code);
    expect(schools).toHaveLength(3);
    expect(byCode.get('GURU.001')?.unitCodes).toEqual(schools);
    const clinics = city.units.filter((u) => u.kind === 'CLINIC').map((u) => u.code);
    expect(bank.find((i) => i.name === 'Memberikan asuhan keperawatan')?.unitCodes).toEqual(
      clinics,
    );
    expect(bank.find((i) => i.name === 'Mendisposisi surat masuk')?.positionKinds).toEqual([
      'STRUCTURAL',
    ]);
    expect(bank.find((i) => i.name === 'Menyusun surat pertanggungjawaban')?.unitCodes).toContain(
      'BPKAD',
    );
    expect(bank.find((i) => i.name === 'Mengembangkan fitur aplikasi')?.unitCodes).toContain(
      'DISKOMINFO.02',
    );
  });
});

describe('the demo bank’s pending proposals', () => {
  const proposals = buildProposedItems();

  it('are deterministic, with codes and names of their own', () => {
    expect(buildProposedItems()).toEqual(proposals);
    expect(proposals.map((p) => p.code)).toEqual([
      'USUL.001',
      'USUL.002',
      'USUL.003',
      'USUL.004',
      'USUL.005',
      'USUL.006',
    ]);
    const taken = new Set(bank.flatMap((i) => [i.code, i.name.toLowerCase()]));
    for (const p of proposals) {
      expect(taken.has(p.code)).toBe(false);
      expect(taken.has(p.name.toLowerCase())).toBe(false);
    }
  });

  it('lie inside one department each (as a department admin may propose) and name a demo admin', () => {
    const units = new Map(city.units.map((u) => [u.key, u]));
    const departmentOf = (key: string): string => {
      const unit = units.get(key)!;
      return unit.kind === 'DEPARTMENT' || !unit.parentKey ? key : departmentOf(unit.parentKey);
    };
    const admins = new Map(city.employees.map((e) => [e.nip, e]));
    for (const p of proposals) {
      expect(p.positionKinds).toEqual([]);
      expect(p.unitKeys.length).toBeGreaterThan(0);
      expect(new Set(p.unitKeys.map(departmentOf)).size).toBe(1);
      expect(p.unitKeys.map((k) => units.get(k)?.code)).toEqual(p.unitCodes);
      const proposer = admins.get(p.proposerNip)!;
      expect(proposer.roles.some((r) => r === 'DEPARTMENT_ADMIN' || r === 'AGENCY_ADMIN')).toBe(
        true,
      );
      if (proposer.roles.includes('DEPARTMENT_ADMIN'))
        expect(departmentOf(p.unitKeys[0]!)).toBe(proposer.adminUnitKey);
    }
    const demoNips = new Set(DEMO_USERS.map((u) => u.nip));
    expect(proposals.some((p) => p.proposerNip === '199503202020112402')).toBe(true);
    expect(proposals.some((p) => demoNips.has(p.proposerNip))).toBe(true);
  });
});
