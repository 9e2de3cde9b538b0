import { describe, expect, it } from 'vitest';
import { shiftInput, shiftProblems } from './shiftForm';

describe('shiftProblems', () => {
  it('accepts a night shift crossing midnight', () => {
    expect(shiftProblems({ code: 'm', name: 'Malam', start: '21:00', end: '07:00' })).toEqual({});
  });

  it('names each missing or malformed field', () => {
    expect(shiftProblems({ code: '', name: ' ', start: '', end: '7:00' })).toEqual({
      code: 'required',
      name: 'required',
      start: 'required',
      end: 'timeFormat',
    });
    expect(shiftProblems({ code: 'PAGI1', name: 'x', start: '24:00', end: '07:00' })).toEqual({
      code: 'codeFormat',
      start: 'timeFormat',
    });
    expect(shiftProblems({ code: 'P-1', name: 'x', start: '07:00', end: '14:00' }).code).toBe(
      'codeFormat',
    );
    expect(shiftProblems({ code: 'X', name: 'x', start: '08:00', end: '08:00' })).toEqual({
      end: 'sameTime',
    });
  });
});

describe('shiftInput', () => {
  it('upper-cases the code and trims', () => {
    expect(
      shiftInput('u1', { code: ' m2 ', name: ' Malam 2 ', start: '22:00', end: '06:00' }),
    ).toEqual({ unitId: 'u1', code: 'M2', name: 'Malam 2', start: '22:00', end: '06:00' });
  });
});
