/**
 * Every message the API returns to a person, in Indonesian (default) and English.
 * Keys are nested by feature; `{name}` placeholders are filled from the error's params.
 */
export type Locale = 'id' | 'en';

const id = {
  common: {
    internal:
      'Terjadi kesalahan pada server. Silakan coba lagi; bila berulang, hubungi admin (kode permintaan {requestId}).',
    badInput: 'Data yang dikirim tidak valid: {details}',
    invalidId: 'ID "{id}" tidak valid.',
    invalidCursor: 'Penanda halaman (cursor) tidak valid.',
    pageSize: 'Jumlah per halaman harus antara 1 dan {max}.',
    tooComplex: 'Permintaan terlalu rumit: {details}',
  },
  auth: {
    unauthenticated: 'Anda belum masuk atau sesi Anda telah berakhir. Silakan masuk kembali.',
    forbidden: 'Anda tidak berwenang melakukan ini.',
    wrongCredentials: 'NIP atau kata sandi salah.',
    inactive: 'Akun ini tidak aktif. Hubungi admin kepegawaian.',
    slowDown: 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {seconds} detik.',
    locked:
      'Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi dalam {minutes} menit.',
    csrf: 'Permintaan ditolak demi keamanan (perlindungan CSRF).',
  },
  organisation: {
    employeeNotFound: 'Pegawai tidak ditemukan.',
    unitNotFound: 'Unit organisasi tidak ditemukan.',
    positionNotFound: 'Jabatan tidak ditemukan.',
    actingNotFound: 'Penugasan Plt/Plh tidak ditemukan.',
    notInSubtree: 'Pegawai ini tidak berada di bawah Anda dalam struktur organisasi.',
    privateField: 'Data "{field}" hanya dapat dilihat oleh pegawai ybs., atasannya, dan admin.',
    outsideAdminScope: 'Data ini berada di luar cakupan admin Anda.',
    invalidNip: 'NIP "{nip}" tidak valid: {reason}',
    nipTaken: 'NIP {nip} sudah terdaftar.',
    unitCodeTaken: 'Kode unit "{code}" sudah dipakai.',
    unitCycle: 'Unit tidak dapat dipindahkan ke bawah dirinya sendiri.',
    positionCycle: 'Jabatan tidak dapat berada di bawah dirinya sendiri atau bawahannya.',
    actingOverlap: 'Jabatan ini sudah memiliki Plt/Plh pada sebagian periode tersebut.',
    actingDates: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    adminUnitRequired: 'Admin perangkat daerah harus memiliki unit yang dikelola.',
    roleNotAllowed: 'Anda tidak dapat memberikan peran {role}.',
    importFailed: 'Impor dibatalkan: {count} baris ditolak. Tidak ada data yang disimpan.',
    importEmpty: 'Berkas CSV kosong atau tidak memiliki baris data.',
    importHeader: 'Kolom wajib tidak ada di baris judul: {columns}.',
  },
  validation: {
    length: '{field} harus {min}–{max} karakter',
    minLength: '{field} minimal {min} karakter',
    min: '{field} minimal {min}',
    max: '{field} maksimal {max}',
    email: '{field} bukan alamat email yang valid',
    maxItems: '{field} paling banyak {max} butir',
    code: '{field} hanya boleh berisi huruf kecil, angka, "-", "." dan "/"',
  },
  nip: {
    length: 'harus 18 digit angka',
    birthDate: 'tanggal lahir (digit 1–8) bukan tanggal yang valid',
    appointment:
      'bulan pengangkatan CPNS (digit 9–14) tidak valid atau tidak setelah tanggal lahir',
    appointmentYear: 'tahun pengangkatan (digit 9–12) tidak valid atau tidak setelah tanggal lahir',
    sex: 'digit jenis kelamin (ke-15) harus 1 atau 2',
    sequence: 'nomor urut (digit 16–18) harus 001–999',
    pppkMarker: 'digit ke-13 PPPK harus 2',
    pppkContracts: 'jumlah kontrak PPPK (digit ke-14) harus 1–9',
    pppkSex: 'digit jenis kelamin PPPK (ke-15) harus 1 atau 2',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const en: Shape<typeof id> = {
  common: {
    internal:
      'Something went wrong on the server. Please try again; if it keeps happening, contact the admin (request id {requestId}).',
    badInput: 'The data sent is not valid: {details}',
    invalidId: 'ID "{id}" is not valid.',
    invalidCursor: 'The page cursor is not valid.',
    pageSize: 'Page size must be between 1 and {max}.',
    tooComplex: 'The request is too complex: {details}',
  },
  auth: {
    unauthenticated: 'You are not signed in or your session has expired. Please sign in again.',
    forbidden: 'You are not allowed to do this.',
    wrongCredentials: 'Wrong NIP or password.',
    inactive: 'This account is inactive. Contact the HR admin.',
    slowDown: 'Too many failed sign-in attempts. Try again in {seconds} seconds.',
    locked:
      'The account is temporarily locked after too many failed attempts. Try again in {minutes} minutes.',
    csrf: 'Request refused for security reasons (CSRF protection).',
  },
  organisation: {
    employeeNotFound: 'Employee not found.',
    unitNotFound: 'Organisation unit not found.',
    positionNotFound: 'Position not found.',
    actingNotFound: 'Acting assignment not found.',
    notInSubtree: 'This employee is not under you in the organisation.',
    privateField: '"{field}" can only be seen by the employee, their supervisors and admins.',
    outsideAdminScope: 'This is outside your admin scope.',
    invalidNip: 'NIP "{nip}" is not valid: {reason}',
    nipTaken: 'NIP {nip} is already registered.',
    unitCodeTaken: 'Unit code "{code}" is already in use.',
    unitCycle: 'A unit cannot be moved under itself.',
    positionCycle: 'A position cannot be placed under itself or one of its subordinates.',
    actingOverlap: 'This position already has an acting official for part of that period.',
    actingDates: 'The end date cannot be before the start date.',
    adminUnitRequired: 'A department admin needs the department they administer.',
    roleNotAllowed: 'You cannot grant the role {role}.',
    importFailed: 'Import cancelled: {count} rows rejected. Nothing was saved.',
    importEmpty: 'The CSV file is empty or has no data rows.',
    importHeader: 'Required columns missing from the header row: {columns}.',
  },
  validation: {
    length: '{field} must be {min}–{max} characters',
    minLength: '{field} must be at least {min} characters',
    min: '{field} must be at least {min}',
    max: '{field} must be at most {max}',
    email: '{field} is not a valid email address',
    maxItems: '{field} may have at most {max} items',
    code: '{field} may only contain lowercase letters, digits, "-", "." and "/"',
  },
  nip: {
    length: 'must be 18 digits',
    birthDate: 'the birth date (digits 1–8) is not a real date',
    appointment:
      'the CPNS appointment month (digits 9–14) is not valid or not after the birth date',
    appointmentYear: 'the appointment year (digits 9–12) is not valid or not after the birth date',
    sex: 'the sex digit (15th) must be 1 or 2',
    sequence: 'the sequence (digits 16–18) must be 001–999',
    pppkMarker: 'the 13th digit of a PPPK NIP must be 2',
    pppkContracts: 'the PPPK contract count (14th digit) must be 1–9',
    pppkSex: 'the PPPK sex digit (15th) must be 1 or 2',
  },
};

type Join<K, P> = K extends string ? (P extends string ? `${K}.${P}` : never) : never;
type Leaves<T> = { [K in keyof T]: T[K] extends string ? K : Join<K, Leaves<T[K]>> }[keyof T];
export type MessageKey = Leaves<typeof id>;
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Locale, unknown> = { id, en };

export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalogues[locale]);
  const text = typeof template === 'string' ? template : key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    // A parameter written "@key" is itself a message, translated into the same language.
    return typeof value === 'string' && value.startsWith('@')
      ? translate(locale, value.slice(1) as MessageKey)
      : String(value);
  });
}

/** Picks the caller's language from an Accept-Language header: English when preferred, else Indonesian. */
export function localeFrom(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'id';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((r) => r.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((x) => x.tag && !Number.isNaN(x.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('en')) return 'en';
    if (tag.startsWith('id') || tag.startsWith('in')) return 'id';
  }
  return 'id';
}
