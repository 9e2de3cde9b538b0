import { ApolloError } from '@apollo/client/core';
import { describe, expect, it } from 'vitest';
import { describeFieldError, fieldsCovered, formErrorsOf, messageFor } from './serverErrors';

const t = (key: string) => key;
const gqlError = (message: string, extensions: Record<string, unknown>) =>
  new ApolloError({ graphQLErrors: [{ message, extensions }] });

const KNOWN = ['code', 'name', 'outputUnit', 'standardMinutes', 'scope'];

describe('formErrorsOf', () => {
  it('puts each problem of an input validation beside its field', () => {
    const error = gqlError(
      'Data yang dikirim tidak valid: name harus 3–200 karakter; outputUnit harus 1–60 karakter; standardMinutes minimal 1; standardMinutes maksimal 1440',
      { code: 'BAD_USER_INPUT', fields: ['name', 'outputUnit', 'standardMinutes'] },
    );
    expect(formErrorsOf(error, t, KNOWN)).toEqual({
      fields: {
        name: 'Harus 3–200 karakter',
        outputUnit: 'Harus 1–60 karakter',
        standardMinutes: 'Minimal 1; Maksimal 1440',
      },
      form: null,
      code: 'BAD_USER_INPUT',
    });
  });

  it('places an error naming one field, or one chosen by its code, else above the form', () => {
    const reason = gqlError('Alasan wajib diisi.', { code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(formErrorsOf(reason, t, KNOWN).fields).toEqual({ name: 'Alasan wajib diisi.' });

    const taken = gqlError('Kode "UMUM.001" sudah dipakai.', { code: 'CONFLICT' });
    expect(formErrorsOf(taken, t, KNOWN, { CONFLICT: 'code' })).toMatchObject({
      fields: { code: 'Kode "UMUM.001" sudah dipakai.' },
      form: null,
    });

    const forbidden = gqlError('Di luar cakupan Anda.', { code: 'FORBIDDEN' });
    expect(formErrorsOf(forbidden, t, KNOWN)).toEqual({
      fields: {},
      form: 'Di luar cakupan Anda.',
      code: 'FORBIDDEN',
    });
  });

  it('keeps a validation message whole when a field is not on the form', () => {
    const error = gqlError('Data tidak valid: keywords terlalu banyak; name harus 3–200 karakter', {
      code: 'BAD_USER_INPUT',
      fields: ['keywords', 'name'],
    });
    expect(formErrorsOf(error, t, KNOWN)).toMatchObject({
      fields: {},
      form: 'Data tidak valid: keywords terlalu banyak; name harus 3–200 karakter',
    });
  });

  it('reports a network failure above the form', () => {
    const error = new ApolloError({ networkError: new Error('offline') });
    expect(formErrorsOf(error, t, KNOWN)).toEqual({
      fields: {},
      form: 'errors.network',
      code: 'NETWORK_ERROR',
    });
  });
});

describe('describeFieldError', () => {
  it('names the input paths without the argument, and splits a listed message per path', () => {
    const error = gqlError(
      'Data yang dikirim tidak valid: ratingThresholds.ikiAbove maksimal 100; dailyCapMinutes minimal 60',
      {
        code: 'BAD_USER_INPUT',
        fields: ['input.ratingThresholds.ikiAbove', 'input.dailyCapMinutes'],
      },
    );
    const problem = describeFieldError(error, t);
    expect(problem.fields).toEqual(['ratingThresholds.ikiAbove', 'dailyCapMinutes']);
    expect(messageFor(problem, 'ratingThresholds.ikiAbove')).toBe('Maksimal 100');
    expect(messageFor(problem, 'dailyCapMinutes')).toBe('Minimal 60');
  });

  it('keeps a domain refusal about one field whole', () => {
    const error = gqlError('Bobot atasan dan rekan harus berjumlah 100.', {
      code: 'BAD_USER_INPUT',
      field: 'reviewSettings.weights.staff',
    });
    const problem = describeFieldError(error, t);
    expect(problem.fields).toEqual(['reviewSettings.weights.staff']);
    expect(problem.messages).toBeUndefined();
    expect(messageFor(problem, 'reviewSettings.weights.staff')).toBe(problem.message);
    expect(
      fieldsCovered('reviewSettings.weights.staff', [
        'reviewSettings.weights.staff.supervisor',
        'reviewSettings.weights.staff.peer',
        'reviewSettings.weights.head.supervisor',
      ]),
    ).toEqual(['reviewSettings.weights.staff.supervisor', 'reviewSettings.weights.staff.peer']);
  });
});
