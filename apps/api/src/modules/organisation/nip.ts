/**
 * NIP (Nomor Induk Pegawai) structure, national rule (rules.md):
 * PNS  — birth date YYYYMMDD, CPNS appointment YYYYMM (a real month after the birth date),
 *        sex (1 male, 2 female), sequence 001–999.
 * PPPK — birth date (8), first appointment year (4), the digit 2, number of contracts (1),
 *        sex (1), sequence (3).
 */
import { isCalendarDate } from '../../common/dates.js';
import type { EmploymentType } from './organisation.enums.js';

export type NipProblem =
  | 'length'
  | 'birthDate'
  | 'appointment'
  | 'appointmentYear'
  | 'sex'
  | 'sequence'
  | 'pppkMarker'
  | 'pppkContracts'
  | 'pppkSex';

export interface NipParts {
  birthDate: string;
  sex: 'M' | 'F';
  sequence: number;
}

function birthDateOf(nip: string): string | null {
  const d = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  return isCalendarDate(d) ? d : null;
}

/** Returns the first problem of a PNS NIP, or null when it is valid. */
export function pnsNipProblem(nip: string): NipProblem | null {
  if (!/^\d{18}$/.test(nip)) return 'length';
  const birth = birthDateOf(nip);
  if (!birth) return 'birthDate';
  const year = Number(nip.slice(8, 12));
  const month = Number(nip.slice(12, 14));
  if (month < 1 || month > 12 || `${nip.slice(8, 12)}-${nip.slice(12, 14)}` <= birth.slice(0, 7))
    return 'appointment';
  if (year < 1900) return 'appointment';
  if (nip[14] !== '1' && nip[14] !== '2') return 'sex';
  if (Number(nip.slice(15)) < 1) return 'sequence';
  return null;
}

/** Returns the first problem of a PPPK NIP, or null when it is valid. */
export function pppkNipProblem(nip: string): NipProblem | null {
  if (!/^\d{18}$/.test(nip)) return 'length';
  const birth = birthDateOf(nip);
  if (!birth) return 'birthDate';
  if (Number(nip.slice(8, 12)) <= Number(birth.slice(0, 4))) return 'appointmentYear';
  if (nip[12] !== '2') return 'pppkMarker';
  if (nip[13] === '0') return 'pppkContracts';
  if (nip[14] !== '1' && nip[14] !== '2') return 'pppkSex';
  if (Number(nip.slice(15)) < 1) return 'sequence';
  return null;
}

/** The problem of a NIP for the given employment type, or null when valid. */
export function nipProblem(nip: string, type: EmploymentType | 'PNS' | 'PPPK'): NipProblem | null {
  return type === 'PPPK' ? pppkNipProblem(nip) : pnsNipProblem(nip);
}

export function parseNip(nip: string, type: EmploymentType | 'PNS' | 'PPPK'): NipParts | null {
  if (nipProblem(nip, type)) return null;
  return {
    birthDate: birthDateOf(nip)!,
    sex: nip[14] === '1' ? 'M' : 'F',
    sequence: Number(nip.slice(15)),
  };
}
