import { describe, expect, it } from 'vitest';
import {
  ABBREVIATIONS,
  expandedText,
  expandQuery,
  MAX_QUERY_TOKENS,
  tokenize,
} from './abbreviations.js';

describe('query tokens', () => {
  it('lowercases, drops accents and punctuation', () => {
    expect(tokenize('  Rapat-Koordinasi, SPJ/LPJ (Café) ')).toEqual([
      'rapat',
      'koordinasi',
      'spj',
      'lpj',
      'cafe',
    ]);
  });

  it('expands abbreviations into alternatives, keeping the token itself', () => {
    expect(expandQuery('Rakor lap')).toEqual([
      [['rakor'], ['rapat', 'koordinasi']],
      [['lap'], ['laporan']],
    ]);
    expect(expandQuery('susun soal')).toEqual([[['susun']], [['soal']]]);
    expect(expandedText(expandQuery('rakor pkm'))).toBe('rapat koordinasi puskesmas');
  });

  it('knows the abbreviations employees use', () => {
    for (const a of [
      'rakor',
      'rpp',
      'lkpd',
      'spj',
      'monev',
      'bimtek',
      'sos',
      'dok',
      'lap',
      'pkm',
      'posyandu',
      'asn',
      'skp',
    ])
      expect(ABBREVIATIONS[a], a).toBeDefined();
    for (const [key, phrases] of Object.entries(ABBREVIATIONS)) {
      expect(key).toMatch(/^[a-z0-9]+$/);
      expect(phrases.every((p) => tokenize(p).length > 0)).toBe(true);
    }
  });

  it('bounds the number of tokens and drops repeats', () => {
    expect(expandQuery('a a a')).toHaveLength(1);
    expect(expandQuery('a b c d e f g h i j k')).toHaveLength(MAX_QUERY_TOKENS);
    expect(expandQuery(' ,. ')).toEqual([]);
  });
});
