import { describe, expect, it } from 'vitest';
import { arrayLiteral, positional } from './sql.js';

describe('positional', () => {
  it('turns numbered parameters into one binding per use', () => {
    expect(positional('select $1, $2::date, $1', ['a', '2026-01-01'])).toEqual({
      sql: 'select ?, ?::date, ?',
      bindings: ['a', '2026-01-01', 'a'],
    });
  });

  it('sends arrays as PostgreSQL array literals', () => {
    expect(
      positional('select $1::text[]', [['a', null, 'say "hi"', 'back\\slash']]).bindings,
    ).toEqual(['{"a",NULL,"say \\"hi\\"","back\\\\slash"}']);
    expect(arrayLiteral([])).toBe('{}');
  });

  it('refuses a parameter without a value', () => {
    expect(() => positional('select $3', [1])).toThrow('$3');
  });
});
