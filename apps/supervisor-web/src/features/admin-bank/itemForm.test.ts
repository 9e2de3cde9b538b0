import type { ItemCategory as ActivityCategory, PositionKind } from './bank.documents';
import { describe, expect, it } from 'vitest';
import { checkDraft, draftOf, inputOf, keywordsOf } from './itemForm';

const item = {
  code: 'GURU.001',
  name: 'Menyusun soal ulangan harian',
  description: null,
  outputUnit: 'dokumen',
  standardMinutes: 60,
  category: 'MAIN' as ActivityCategory,
  requiresEvidence: true,
  keywords: ['soal', 'ulangan'],
  scopePositionKinds: ['FUNCTIONAL' as PositionKind],
  scopeUnitIds: ['u1', 'u2'],
  scopePositionIds: ['p1'],
};

describe('the item form', () => {
  it('edits an item as text and gives back the same input', () => {
    const draft = draftOf(item);
    expect(draft).toMatchObject({ standardMinutes: '60', keywords: 'soal, ulangan' });
    expect(checkDraft(draft)).toEqual({});
    expect(inputOf(draft)).toEqual({
      code: 'GURU.001',
      name: 'Menyusun soal ulangan harian',
      description: null,
      outputUnit: 'dokumen',
      standardMinutes: 60,
      category: 'MAIN',
      requiresEvidence: true,
      keywords: ['soal', 'ulangan'],
      scopePositionKinds: ['FUNCTIONAL'],
      scopeUnitIds: ['u1', 'u2'],
      scopePositionIds: ['p1'],
    });
  });

  it('starts a new item empty, general and main', () => {
    const draft = draftOf(null);
    expect(draft).toMatchObject({ code: '', category: 'MAIN', unitIds: [], positionKinds: [] });
    expect(checkDraft(draft)).toEqual({
      code: 'required',
      name: 'required',
      outputUnit: 'required',
      standardMinutes: 'required',
    });
  });

  it('says what is wrong before sending: code characters, lengths, whole minutes in a day', () => {
    const draft = {
      ...draftOf(item),
      code: 'UMUM 01',
      name: 'ab',
      standardMinutes: '12.5',
      keywords: 'x'.repeat(61),
    };
    expect(checkDraft(draft)).toEqual({
      code: 'code',
      name: 'nameLength',
      standardMinutes: 'minutes',
      keywords: 'keywords',
    });
    expect(checkDraft({ ...draftOf(item), standardMinutes: '1441' })).toEqual({
      standardMinutes: 'minutes',
    });
  });

  it('tidies what it sends: code in capitals, spaces, keywords lowercase without repeats', () => {
    const input = inputOf({
      ...draftOf(item),
      code: ' umum.900 ',
      name: '  Menghadiri   halalbihalal ',
      description: '  ',
      keywords: 'Halal Bihalal, silaturahmi;halal bihalal,',
    });
    expect(input).toMatchObject({
      code: 'UMUM.900',
      name: 'Menghadiri halalbihalal',
      description: null,
      keywords: ['halal bihalal', 'silaturahmi'],
    });
    expect(keywordsOf('')).toEqual([]);
  });
});
