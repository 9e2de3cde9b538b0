/**
 * How employees write what they did: common Indonesian civil-service abbreviations, expanded so
 * that "rakor" finds "rapat koordinasi" and "lap keu" finds "laporan keuangan". Pure; used by the
 * bank search to turn a query into token groups (each token matches itself or any expansion).
 */

/** Abbreviation (lowercase) → the words it stands for. Several meanings are all tried. */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  rakor: ['rapat koordinasi'],
  rakortek: ['rapat koordinasi teknis'],
  rapim: ['rapat pimpinan'],
  rpp: ['rencana pelaksanaan pembelajaran'],
  lkpd: ['lembar kerja peserta didik'],
  kkm: ['kriteria ketuntasan minimal'],
  pts: ['penilaian tengah semester'],
  pas: ['penilaian akhir semester'],
  uh: ['ulangan harian'],
  kbm: ['kegiatan belajar mengajar'],
  mgmp: ['musyawarah guru mata pelajaran'],
  spj: ['surat pertanggungjawaban'],
  lpj: ['laporan pertanggungjawaban'],
  sp2d: ['surat perintah pencairan dana'],
  spm: ['surat perintah membayar'],
  spp: ['surat permintaan pembayaran'],
  lra: ['laporan realisasi anggaran'],
  apbd: ['anggaran pendapatan dan belanja daerah'],
  dpa: ['dokumen pelaksanaan anggaran'],
  rka: ['rencana kerja dan anggaran'],
  bmd: ['barang milik daerah'],
  monev: ['monitoring dan evaluasi', 'monitoring evaluasi'],
  monitoring: ['monitoring', 'pemantauan'],
  bimtek: ['bimbingan teknis'],
  diklat: ['pendidikan dan pelatihan', 'pelatihan'],
  sos: ['sosialisasi'],
  sosialisasi: ['sosialisasi', 'penyuluhan'],
  dok: ['dokumen', 'dokumentasi'],
  dokumen: ['dokumen', 'dokumentasi'],
  lap: ['laporan'],
  lapor: ['laporan', 'pelaporan'],
  keu: ['keuangan'],
  pkm: ['puskesmas'],
  puskesmas: ['puskesmas', 'pusat kesehatan masyarakat'],
  posyandu: ['posyandu', 'pos pelayanan terpadu'],
  askep: ['asuhan keperawatan'],
  askeb: ['asuhan kebidanan'],
  anc: ['pemeriksaan kehamilan', 'antenatal'],
  imun: ['imunisasi'],
  asn: ['aparatur sipil negara', 'pegawai'],
  pns: ['pegawai negeri sipil', 'pegawai'],
  skp: ['sasaran kinerja pegawai'],
  iki: ['indikator kinerja individu'],
  tpp: ['tambahan penghasilan pegawai'],
  sppd: ['surat perintah perjalanan dinas', 'perjalanan dinas'],
  spt: ['surat perintah tugas', 'surat tugas'],
  dl: ['dinas luar', 'perjalanan dinas'],
  renja: ['rencana kerja'],
  renstra: ['rencana strategis'],
  lakip: ['laporan akuntabilitas kinerja'],
  lkjip: ['laporan kinerja instansi pemerintah', 'laporan kinerja'],
  musrenbang: ['musyawarah perencanaan pembangunan'],
  opd: ['perangkat daerah'],
  sk: ['surat keputusan'],
  nodin: ['nota dinas'],
  notulen: ['notulen', 'notula'],
  juknis: ['petunjuk teknis'],
  sop: ['standar operasional prosedur'],
  medsos: ['media sosial'],
  web: ['website', 'situs', 'laman'],
  app: ['aplikasi'],
  apk: ['aplikasi'],
  aplikasi: ['aplikasi', 'sistem informasi'],
  jaringan: ['jaringan', 'network'],
  server: ['server'],
  ttd: ['tanda tangan'],
  adm: ['administrasi'],
  admin: ['administrasi'],
  pelayanan: ['pelayanan', 'layanan'],
  kunker: ['kunjungan kerja'],
  sidak: ['inspeksi mendadak'],
  pemda: ['pemerintah daerah'],
  disposisi: ['disposisi', 'mendisposisi'],
  verval: ['verifikasi dan validasi', 'verifikasi'],
  verif: ['verifikasi'],
};

/** One alternative of a token: the words that must all appear. */
export type Alternative = string[];
/** One query token: matched when any alternative matches. */
export type TokenGroup = Alternative[];

/** Lowercase, accents removed, split on anything that is not a letter or a digit. */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/** At most this many tokens of a query are used (a sentence pasted by mistake stays cheap). */
export const MAX_QUERY_TOKENS = 8;

/**
 * A query as token groups: each token, plus every expansion of it as an abbreviation.
 * "rakor lap" → [[["rakor"], ["rapat","koordinasi"]], [["lap"], ["laporan"]]].
 */
export function expandQuery(text: string): TokenGroup[] {
  const tokens = [...new Set(tokenize(text))].slice(0, MAX_QUERY_TOKENS);
  return tokens.map((token) => {
    const alternatives: TokenGroup = [[token]];
    for (const phrase of ABBREVIATIONS[token] ?? []) {
      const words = tokenize(phrase);
      if (!alternatives.some((a) => a.join(' ') === words.join(' '))) alternatives.push(words);
    }
    return alternatives;
  });
}

/** The query in full words (each abbreviation replaced by its first meaning), for similarity. */
export function expandedText(groups: TokenGroup[]): string {
  return groups.map((g) => (g[1] ?? g[0] ?? []).join(' ')).join(' ');
}
