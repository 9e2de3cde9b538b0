import { ApolloError } from '@apollo/client/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  creditedPreview,
  defaultEnd,
  defaultStart,
  fieldErrorOf,
  isNetworkFailure,
} from './entryForm';

describe('creditedPreview', () => {
  it('is the standard minutes × quantity when the time allows it', () => {
    expect(creditedPreview(30, 2, '08:00', '09:30')).toEqual({
      credited: 60,
      standard: 60,
      duration: 90,
      capped: false,
    });
  });

  it('is never more than end − start', () => {
    expect(creditedPreview(60, 3, '08:00', '09:15')).toMatchObject({ credited: 75, capped: true });
  });

  it('is unknown without an item, with reversed times or a bad quantity', () => {
    expect(creditedPreview(null, 1, '08:00', '09:00')).toBeNull();
    expect(creditedPreview(30, 1, '09:00', '09:00')).toBeNull();
    expect(creditedPreview(30, 1, '', '09:00')).toBeNull();
    expect(creditedPreview(30, 0, '08:00', '09:00')).toBeNull();
  });
});

describe('default times', () => {
  it('starts where the day’s last entry ends, or at the start of work', () => {
    expect(defaultStart([])).toBe('07:30');
    expect(defaultStart([{ endTime: '10:15' }, { endTime: '09:00' }])).toBe('10:15');
  });

  it('ends after the item’s standard time, never after now', () => {
    expect(defaultEnd('08:00', null, null)).toBe('09:00');
    expect(defaultEnd('08:00', 45, null)).toBe('08:45');
    expect(defaultEnd('08:00', 120, 9 * 60 + 10)).toBe('09:10');
    expect(defaultEnd('23:30', 120, null)).toBe('23:59');
  });
});

const apolloError = (extensions: Record<string, unknown>, message = 'Pesan server') =>
  new ApolloError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('fieldErrorOf', () => {
  it('puts an error beside the field the server names', () => {
    expect(fieldErrorOf(apolloError({ code: 'BAD_USER_INPUT', field: 'itemId' }))).toEqual({
      field: 'item',
      code: 'BAD_USER_INPUT',
      message: 'Pesan server',
    });
    expect(fieldErrorOf(apolloError({ code: 'BAD_USER_INPUT', field: 'evidenceIds' }))?.field).toBe(
      'evidence',
    );
    expect(fieldErrorOf(apolloError({ code: 'BAD_USER_INPUT', fields: ['quantity'] }))?.field).toBe(
      'quantity',
    );
  });

  it('puts an overlap or a timing refusal (no field named) beside the times', () => {
    const overlap = fieldErrorOf(
      apolloError({ code: 'CONFLICT' }, 'Bertumpang tindih dengan 08:00–09:00'),
    );
    expect(overlap).toEqual({
      field: 'time',
      code: 'CONFLICT',
      message: 'Bertumpang tindih dengan 08:00–09:00',
    });
    expect(fieldErrorOf(apolloError({ code: 'NOT_FOUND' }))?.field).toBe('form');
  });

  it('tells a network failure apart from a refusal', () => {
    const offline = new ApolloError({ networkError: new TypeError('Failed to fetch') });
    expect(isNetworkFailure(offline)).toBe(true);
    expect(fieldErrorOf(offline)).toBeNull();
    expect(isNetworkFailure(apolloError({ code: 'CONFLICT' }))).toBe(false);
  });
});
