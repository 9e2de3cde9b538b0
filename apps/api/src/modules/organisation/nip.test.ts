import { describe, expect, it } from 'vitest';
import { nipProblem, parseNip, pnsNipProblem, pppkNipProblem } from './nip.js';

describe('PNS NIP', () => {
  it.each([
    ['199203152019031001', null],
    ['198507222010012002', null],
    ['196812011990031004', null],
    ['19920315201903100', 'length'],
    ['1992031520190310011', 'length'],
    ['19920315201903100a', 'length'],
    ['199202302019031001', 'birthDate'], // 30 February
    ['199213012019031001', 'birthDate'],
    ['199203152019131001', 'appointment'], // month 13
    ['199203152019001001', 'appointment'], // month 00
    ['199203151992031001', 'appointment'], // same month as birth
    ['199203151990011001', 'appointment'], // before birth
    ['199203152019033001', 'sex'],
    ['199203152019030001', 'sex'],
    ['199203152019031000', 'sequence'],
  ])('%s → %s', (nip, problem) => {
    expect(pnsNipProblem(nip)).toBe(problem);
  });

  it('reads birth date, sex and sequence', () => {
    expect(parseNip('198507222010012002', 'PNS')).toEqual({
      birthDate: '1985-07-22',
      sex: 'F',
      sequence: 2,
    });
    expect(parseNip('198507222010013002', 'PNS')).toBeNull();
  });
});

describe('PPPK NIP', () => {
  it.each([
    ['199001012021211001', null],
    ['199001012023232007', null],
    ['199001011989211001', 'appointmentYear'],
    ['199001012021111001', 'pppkMarker'],
    ['199001012021201001', 'pppkContracts'],
    ['199001012021213001', 'pppkSex'],
    ['199001012021211000', 'sequence'],
    ['199002312021211001', 'birthDate'],
  ])('%s → %s', (nip, problem) => {
    expect(pppkNipProblem(nip)).toBe(problem);
  });

  it('validates by employment type', () => {
    expect(nipProblem('199001012021211001', 'PPPK')).toBeNull();
    // The same digits are not a PNS NIP: appointment month 21 does not exist.
    expect(nipProblem('199001012021211001', 'PNS')).toBe('appointment');
  });
});
