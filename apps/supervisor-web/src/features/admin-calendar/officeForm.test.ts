import { describe, expect, it } from 'vitest';
import { mapLink, officeText, readOffice, splitPoint } from './officeForm';

const valid = {
  name: 'Kantor Dinas Kominfo',
  latitude: '-6.912829',
  longitude: '107.619914',
  radiusMetres: '150',
};

describe('readOffice', () => {
  it('reads a point and a radius', () => {
    expect(readOffice(valid)).toEqual({
      input: {
        name: 'Kantor Dinas Kominfo',
        latitude: -6.912829,
        longitude: 107.619914,
        radiusMetres: 150,
      },
      problems: [],
    });
  });

  it('accepts a decimal comma and the default radius when left empty', () => {
    const read = readOffice({
      ...valid,
      latitude: '-6,9128',
      longitude: ' 107,6199 ',
      radiusMetres: '',
    });
    expect(read.input).toMatchObject({ latitude: -6.9128, longitude: 107.6199, radiusMetres: 100 });
  });

  it('names each field that is wrong, with the server’s limits', () => {
    expect(
      readOffice({ name: ' K ', latitude: '-91', longitude: '181', radiusMetres: '5' }).problems,
    ).toEqual([
      ['name', 'nameLength'],
      ['latitude', 'latitudeRange'],
      ['longitude', 'longitudeRange'],
      ['radiusMetres', 'radiusRange'],
    ]);
    expect(
      readOffice({ ...valid, latitude: '', longitude: 'timur', radiusMetres: '100,5' }).problems,
    ).toEqual([
      ['latitude', 'required'],
      ['longitude', 'notNumber'],
      ['radiusMetres', 'radiusWhole'],
    ]);
    expect(readOffice({ ...valid, radiusMetres: '5001' }).problems).toEqual([
      ['radiusMetres', 'radiusRange'],
    ]);
    // The bounds themselves are fine.
    expect(
      readOffice({ ...valid, latitude: '90', longitude: '-180', radiusMetres: '10' }).input,
    ).not.toBeNull();
    expect(readOffice({ ...valid, radiusMetres: '5000' }).input).not.toBeNull();
  });
});

describe('splitPoint', () => {
  it('splits a point copied from a map', () => {
    expect(splitPoint('-6.9175, 107.6191')).toEqual({ latitude: '-6.9175', longitude: '107.6191' });
    expect(splitPoint('−6.9175;107.6191')).toEqual({ latitude: '-6.9175', longitude: '107.6191' });
    expect(splitPoint('-6,9175')).toBeNull();
    expect(splitPoint('-6.9175')).toBeNull();
  });
});

describe('officeText and mapLink', () => {
  it('starts a new office with the default radius and fills an existing one', () => {
    expect(officeText().radiusMetres).toBe('100');
    expect(officeText({ name: 'A', latitude: -6.5, longitude: 107, radiusMetres: 80 })).toEqual({
      name: 'A',
      latitude: '-6.5',
      longitude: '107',
      radiusMetres: '80',
    });
    expect(mapLink(-6.5, 107)).toBe(
      'https://www.openstreetmap.org/?mlat=-6.5&mlon=107#map=18/-6.5/107',
    );
  });
});
