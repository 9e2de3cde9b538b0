// The demo city's activity bank: about two hundred published items (general, structural, teacher,
// health, finance, IT, communication, HR, planning, audit, district, social and public-works
// duties), in Indonesian, with plausible standard minutes. Pure and deterministic: scopes are
// written as unit keys and position kinds of the demo city (demo-city.data.ts) and resolved to
// unit codes here; the seeder turns keys into ids.

import {
  buildDemoCity,
  type DemoCity,
  type DemoUnit,
  type PositionKind,
} from './demo-city.data.js';

export type BankCategory = 'MAIN' | 'ADDITIONAL';

export interface DemoBankItem {
  code: string;
  name: string;
  description: string | null;
  outputUnit: string;
  standardMinutes: number;
  category: BankCategory;
  positionKinds: PositionKind[];
  /** Units of the demo city (with every unit below them). */
  unitKeys: string[];
  /** The same units by org_unit code (what the spreadsheet import and export use). */
  unitCodes: string[];
  keywords: string[];
  requiresEvidence: boolean;
}

/** [name, output unit, minutes, U(tama)/T(ambahan), keywords (comma-separated), evidence?, description?] */
type Row = readonly [string, string, number, 'U' | 'T', string, boolean?, string?];

interface Group {
  prefix: string;
  positionKinds?: PositionKind[];
  /** Unit keys, or a rule that picks units of the city. */
  units?: string[] | ((u: DemoUnit) => boolean);
  rows: readonly Row[];
}

const SCHOOLS = [
  'dinas-pendidikan/sd-negeri-1-contoh',
  'dinas-pendidikan/smp-negeri-1-contoh',
  'dinas-pendidikan/smp-negeri-2-contoh',
];
const CLINICS = [
  'dinas-kesehatan/puskesmas-contoh-barat',
  'dinas-kesehatan/puskesmas-contoh-timur',
];
/** Finance subdivisions of every department and district, and the finance agency. */
const isFinanceUnit = (u: DemoUnit) =>
  u.key === 'bpkad' ||
  /subbagian-(perencanaan-dan-keuangan|umum-dan-keuangan|keuangan-dan-rumah-tangga)$/.test(u.key) ||
  /^kecamatan-[a-z-]+\/sekretariat$/.test(u.key);
const IT_UNITS = [
  'dinas-kominfo/bidang-aptika',
  'dinas-kominfo/bidang-persandian-statistik',
  'bkpsdm/bidang-pengadaan-informasi/seksi-data-dan-informasi-kepegawaian',
  'dinas-pendidikan/sekretariat/subbagian-umum-dan-kepegawaian',
];
const isPlanningUnit = (u: DemoUnit) =>
  u.key === 'bappeda' || /subbagian-perencanaan-dan-keuangan$/.test(u.key);
const isDistrict = (u: DemoUnit) => u.kind === 'DISTRICT';

const GROUPS: readonly Group[] = [
  {
    prefix: 'UMUM',
    rows: [
      [
        'Mengikuti rapat koordinasi',
        'kegiatan',
        60,
        'U',
        'rakor,rapat,koordinasi',
        false,
        'Rapat koordinasi internal atau lintas perangkat daerah.',
      ],
      ['Mengikuti rapat internal unit kerja', 'kegiatan', 60, 'U', 'rapat,internal,briefing'],
      ['Mengikuti apel pagi', 'kegiatan', 30, 'T', 'apel,upacara'],
      ['Mengikuti upacara hari besar nasional', 'kegiatan', 90, 'T', 'upacara,hari besar', true],
      ['Menyusun notulen rapat', 'dokumen', 45, 'U', 'notulen,notula,risalah,rapat'],
      ['Menyusun laporan kegiatan', 'laporan', 60, 'U', 'laporan,lap,kegiatan'],
      [
        'Menyusun laporan perjalanan dinas',
        'laporan',
        60,
        'U',
        'sppd,dinas luar,perjalanan dinas,laporan',
        true,
      ],
      [
        'Melaksanakan perjalanan dinas dalam daerah',
        'kegiatan',
        240,
        'U',
        'dinas luar,dl,perjalanan dinas',
        true,
      ],
      ['Mengagendakan surat masuk', 'surat', 5, 'U', 'surat masuk,agenda,arsip'],
      ['Mengagendakan dan mengirim surat keluar', 'surat', 10, 'U', 'surat keluar,ekspedisi'],
      ['Menyusun konsep surat dinas', 'surat', 30, 'U', 'surat,konsep,nota dinas,nodin'],
      ['Menyusun nota dinas', 'dokumen', 30, 'U', 'nodin,nota dinas,memo'],
      ['Mengarsipkan dokumen', 'berkas', 10, 'U', 'arsip,dok,filing'],
      ['Menginput data ke aplikasi', 'data', 5, 'U', 'input,entri data,aplikasi'],
      ['Memverifikasi kelengkapan berkas', 'berkas', 15, 'U', 'verifikasi,berkas,kelengkapan'],
      ['Mengikuti sosialisasi', 'kegiatan', 120, 'T', 'sosialisasi,sos,penyuluhan', true],
      ['Mengikuti bimbingan teknis', 'jam', 60, 'T', 'bimtek,bimbingan teknis,pelatihan', true],
      [
        'Mengikuti pendidikan dan pelatihan',
        'jam pelajaran',
        45,
        'T',
        'diklat,pelatihan,kursus',
        true,
      ],
      [
        'Mengikuti seminar atau lokakarya',
        'kegiatan',
        180,
        'T',
        'seminar,workshop,lokakarya',
        true,
      ],
      ['Menyusun bahan paparan pimpinan', 'dokumen', 90, 'U', 'paparan,presentasi,bahan'],
      ['Menyusun telaahan staf', 'dokumen', 90, 'U', 'telaahan,kajian,analisis'],
      ['Menyusun rencana kerja bulanan', 'dokumen', 60, 'U', 'rencana kerja,renja'],
      ['Mengisi realisasi indikator kinerja individu', 'laporan', 30, 'U', 'iki,kinerja,realisasi'],
      ['Menyusun sasaran kinerja pegawai', 'dokumen', 60, 'U', 'skp,kinerja,rencana'],
      ['Melayani tamu dan konsultasi', 'orang', 15, 'U', 'tamu,pelayanan,konsultasi'],
      ['Melaksanakan piket pelayanan', 'jam', 60, 'T', 'piket,pelayanan'],
      ['Mendokumentasikan kegiatan', 'kegiatan', 30, 'U', 'dokumentasi,dok,foto', true],
      ['Menggandakan dan menjilid dokumen', 'berkas', 15, 'U', 'fotokopi,jilid,dokumen'],
      ['Mengelola persediaan alat tulis kantor', 'laporan', 30, 'U', 'atk,persediaan,barang'],
      ['Menyiapkan ruang dan perlengkapan rapat', 'kegiatan', 30, 'U', 'rapat,persiapan,ruang'],
      ['Mengikuti senam kesegaran jasmani', 'kegiatan', 60, 'T', 'senam,olahraga'],
      [
        'Melaksanakan kerja bakti lingkungan kantor',
        'kegiatan',
        60,
        'T',
        'kerja bakti,kebersihan',
        true,
      ],
      [
        'Menjadi narasumber kegiatan',
        'kegiatan',
        120,
        'T',
        'narasumber,pemateri,sosialisasi',
        true,
      ],
      ['Menyusun bahan monitoring dan evaluasi', 'dokumen', 90, 'U', 'monev,monitoring,evaluasi'],
      [
        'Melaksanakan monitoring dan evaluasi program',
        'kegiatan',
        180,
        'U',
        'monev,monitoring,evaluasi,kunjungan',
        true,
      ],
      ['Mengikuti rapat dengan DPRD', 'kegiatan', 120, 'T', 'dprd,rapat,dengar pendapat'],
      ['Melaksanakan tugas lain dari pimpinan', 'kegiatan', 60, 'T', 'disposisi,perintah,lainnya'],
    ],
  },
  {
    prefix: 'STR',
    positionKinds: ['STRUCTURAL'],
    rows: [
      ['Memimpin rapat koordinasi', 'kegiatan', 90, 'U', 'rakor,rapat,koordinasi,pimpin'],
      ['Memimpin rapat internal unit kerja', 'kegiatan', 60, 'U', 'rapat,internal,pimpin'],
      ['Mendisposisi surat masuk', 'surat', 5, 'U', 'disposisi,surat masuk'],
      [
        'Memeriksa dan menandatangani naskah dinas',
        'naskah',
        10,
        'U',
        'ttd,paraf,naskah dinas,surat',
      ],
      [
        'Memverifikasi aktivitas harian bawahan',
        'pegawai',
        10,
        'U',
        'verifikasi,aktivitas,bawahan,kinerja',
      ],
      ['Menilai kinerja bawahan', 'pegawai', 30, 'U', 'penilaian,skp,kinerja,bawahan'],
      ['Menyusun rencana strategis unit kerja', 'dokumen', 240, 'U', 'renstra,rencana strategis'],
      ['Menyusun rencana kerja tahunan unit', 'dokumen', 180, 'U', 'renja,rencana kerja'],
      ['Memberikan arahan dan pembinaan pegawai', 'kegiatan', 60, 'U', 'pembinaan,arahan,briefing'],
      ['Melaksanakan pengendalian kegiatan', 'kegiatan', 90, 'U', 'pengendalian,monev,pengawasan'],
      ['Menyusun laporan kinerja unit kerja', 'laporan', 240, 'U', 'lkjip,lakip,laporan kinerja'],
      ['Menyusun perjanjian kinerja', 'dokumen', 120, 'U', 'perjanjian kinerja,pk'],
      ['Menghadiri undangan mewakili pimpinan', 'kegiatan', 120, 'T', 'undangan,mewakili'],
      ['Melaksanakan kunjungan kerja', 'kegiatan', 180, 'U', 'kunker,kunjungan', true],
      ['Melaksanakan inspeksi mendadak', 'kegiatan', 120, 'U', 'sidak,inspeksi', true],
      ['Menyusun kebijakan teknis unit kerja', 'dokumen', 180, 'U', 'kebijakan,sk,juknis'],
      [
        'Memberikan konseling kinerja kepada bawahan',
        'pegawai',
        30,
        'U',
        'konseling,coaching,kinerja',
      ],
      [
        'Menyetujui permohonan cuti dan izin bawahan',
        'permohonan',
        5,
        'U',
        'cuti,izin,persetujuan',
      ],
      [
        'Menyusun evaluasi capaian kinerja triwulan',
        'laporan',
        180,
        'U',
        'evaluasi,capaian,triwulan',
      ],
      ['Menandatangani dokumen pencairan anggaran', 'dokumen', 10, 'U', 'spm,sp2d,anggaran'],
    ],
  },
  {
    prefix: 'GURU',
    units: SCHOOLS,
    rows: [
      ['Menyusun soal ulangan harian', 'dokumen', 60, 'U', 'soal,ulangan,uh,penilaian'],
      ['Melaksanakan asesmen diagnostik', 'kelas', 60, 'U', 'asesmen,diagnostik,awal pembelajaran'],
      [
        'Melaksanakan pembelajaran tatap muka',
        'jam pelajaran',
        40,
        'U',
        'mengajar,kbm,pembelajaran',
        true,
      ],
      [
        'Menyusun rencana pelaksanaan pembelajaran',
        'dokumen',
        90,
        'U',
        'rpp,modul ajar,perencanaan',
      ],
      ['Menyusun modul ajar', 'dokumen', 120, 'U', 'modul ajar,rpp,kurikulum merdeka'],
      ['Menyusun lembar kerja peserta didik', 'dokumen', 60, 'U', 'lkpd,lembar kerja,lks'],
      ['Mengoreksi hasil ulangan peserta didik', 'kelas', 90, 'U', 'koreksi,ulangan,nilai'],
      ['Menyusun soal penilaian tengah semester', 'dokumen', 120, 'U', 'pts,soal,penilaian'],
      ['Menyusun soal penilaian akhir semester', 'dokumen', 120, 'U', 'pas,soal,penilaian'],
      ['Mengawas ujian', 'jam', 60, 'T', 'pengawas,ujian'],
      ['Mengolah nilai rapor', 'kelas', 120, 'U', 'rapor,nilai,erapor'],
      ['Melaksanakan asesmen formatif', 'kelas', 40, 'U', 'asesmen,formatif,penilaian'],
      ['Melaksanakan asesmen sumatif', 'kelas', 60, 'U', 'asesmen,sumatif,penilaian'],
      ['Melaksanakan remedial dan pengayaan', 'kelas', 40, 'U', 'remedial,pengayaan'],
      [
        'Membimbing kegiatan ekstrakurikuler',
        'jam',
        60,
        'T',
        'ekskul,ekstrakurikuler,pramuka',
        true,
      ],
      [
        'Melaksanakan bimbingan dan konseling peserta didik',
        'siswa',
        30,
        'U',
        'bk,konseling,bimbingan',
      ],
      [
        'Melaksanakan projek penguatan profil pelajar Pancasila',
        'jam pelajaran',
        40,
        'U',
        'p5,projek,profil pelajar pancasila',
        true,
      ],
      [
        'Mengikuti musyawarah guru mata pelajaran',
        'kegiatan',
        180,
        'T',
        'mgmp,kkg,musyawarah guru',
      ],
      ['Menyusun program tahunan dan semester', 'dokumen', 120, 'U', 'prota,promes,program'],
      [
        'Menyusun alur tujuan pembelajaran',
        'dokumen',
        90,
        'U',
        'atp,tujuan pembelajaran,kurikulum',
      ],
      [
        'Melaksanakan kunjungan rumah peserta didik',
        'siswa',
        60,
        'T',
        'home visit,kunjungan rumah',
        true,
      ],
      ['Menjadi wali kelas', 'kelas', 30, 'T', 'wali kelas,administrasi kelas'],
      ['Menyusun media pembelajaran', 'media', 90, 'U', 'media,alat peraga,pembelajaran'],
      [
        'Melaksanakan supervisi akademik',
        'guru',
        60,
        'U',
        'supervisi,kepala sekolah,observasi kelas',
      ],
      ['Mengisi data pokok pendidikan', 'data', 10, 'U', 'dapodik,data,siswa'],
    ],
  },
  {
    prefix: 'KES',
    units: CLINICS,
    rows: [
      ['Memberikan asuhan keperawatan', 'pasien', 30, 'U', 'askep,keperawatan,perawat,pasien'],
      ['Melakukan pengkajian keperawatan', 'pasien', 15, 'U', 'pengkajian,askep,anamnesis'],
      ['Melakukan tindakan perawatan luka', 'tindakan', 20, 'U', 'luka,rawat luka,tindakan'],
      ['Memasang infus', 'tindakan', 15, 'U', 'infus,tindakan'],
      ['Mengukur tanda-tanda vital pasien', 'pasien', 10, 'U', 'ttv,tensi,tekanan darah'],
      ['Melaksanakan imunisasi', 'sasaran', 10, 'U', 'imun,imunisasi,vaksin,posyandu', true],
      ['Melaksanakan posyandu balita', 'kegiatan', 180, 'U', 'posyandu,balita,penimbangan', true],
      ['Melaksanakan posyandu lansia', 'kegiatan', 180, 'U', 'posyandu,lansia', true],
      ['Memberikan asuhan kebidanan', 'pasien', 30, 'U', 'askeb,kebidanan,bidan'],
      ['Melakukan pemeriksaan kehamilan', 'pasien', 20, 'U', 'anc,hamil,bumil,kehamilan'],
      ['Melaksanakan pelayanan keluarga berencana', 'akseptor', 20, 'U', 'kb,keluarga berencana'],
      [
        'Melakukan pemeriksaan pasien rawat jalan',
        'pasien',
        15,
        'U',
        'pemeriksaan,poli,rawat jalan,dokter',
      ],
      ['Melakukan pemeriksaan gigi dan mulut', 'pasien', 20, 'U', 'gigi,mulut,dokter gigi'],
      ['Melakukan pelayanan gawat darurat', 'pasien', 30, 'U', 'igd,ugd,darurat'],
      ['Menyiapkan dan menyerahkan obat', 'resep', 10, 'U', 'resep,obat,farmasi,apotek'],
      [
        'Melakukan pemeriksaan laboratorium sederhana',
        'sampel',
        15,
        'U',
        'lab,laboratorium,sampel,darah',
      ],
      [
        'Melakukan penyuluhan kesehatan masyarakat',
        'kegiatan',
        60,
        'U',
        'penyuluhan,promkes,sosialisasi',
        true,
      ],
      [
        'Melaksanakan kunjungan rumah pasien',
        'kunjungan',
        60,
        'U',
        'home care,kunjungan rumah,perkesmas',
        true,
      ],
      ['Mencatat rekam medis pasien', 'pasien', 5, 'U', 'rekam medis,rm,pencatatan'],
      [
        'Melaksanakan skrining penyakit tidak menular',
        'sasaran',
        10,
        'U',
        'ptm,skrining,posbindu',
        true,
      ],
      [
        'Melaksanakan surveilans penyakit menular',
        'laporan',
        60,
        'U',
        'surveilans,penyakit,epidemiologi',
      ],
      ['Menyusun laporan bulanan puskesmas', 'laporan', 120, 'U', 'lb1,laporan,pkm,puskesmas'],
      ['Melakukan sterilisasi alat medis', 'paket', 20, 'U', 'sterilisasi,alat,autoklaf'],
      ['Melaksanakan rujukan pasien', 'pasien', 30, 'U', 'rujukan,rujuk'],
      [
        'Mengelola stok obat dan bahan medis habis pakai',
        'laporan',
        60,
        'U',
        'stok,obat,bmhp,lplpo',
      ],
    ],
  },
  {
    prefix: 'KEU',
    units: isFinanceUnit,
    rows: [
      [
        'Menyusun surat pertanggungjawaban',
        'dokumen',
        60,
        'U',
        'spj,pertanggungjawaban,keuangan',
        true,
      ],
      [
        'Menyusun laporan keuangan bulanan',
        'laporan',
        120,
        'U',
        'laporan keuangan,lap keu,akuntansi',
      ],
      [
        'Menyusun laporan keuangan semesteran',
        'laporan',
        300,
        'U',
        'laporan keuangan,semester,akuntansi',
      ],
      ['Menyusun laporan realisasi anggaran', 'laporan', 120, 'U', 'lra,realisasi,anggaran'],
      ['Menyusun surat permintaan pembayaran', 'dokumen', 45, 'U', 'spp,pembayaran,up,gu,ls'],
      ['Menyusun surat perintah membayar', 'dokumen', 30, 'U', 'spm,pembayaran'],
      ['Memverifikasi surat pertanggungjawaban', 'dokumen', 30, 'U', 'spj,verifikasi,keuangan'],
      [
        'Membukukan transaksi pada buku kas umum',
        'transaksi',
        10,
        'U',
        'bku,buku kas,transaksi,bendahara',
      ],
      ['Melakukan pembayaran belanja', 'transaksi', 15, 'U', 'pembayaran,belanja,bendahara', true],
      ['Menyetorkan pajak', 'transaksi', 20, 'U', 'pajak,pph,ppn,setor', true],
      ['Menyusun rekonsiliasi kas', 'laporan', 90, 'U', 'rekonsiliasi,kas,bank'],
      ['Menyusun rencana kerja dan anggaran', 'dokumen', 240, 'U', 'rka,anggaran,apbd'],
      ['Menyusun dokumen pelaksanaan anggaran', 'dokumen', 180, 'U', 'dpa,anggaran'],
      ['Menyusun laporan pertanggungjawaban bendahara', 'laporan', 90, 'U', 'lpj,bendahara'],
      [
        'Menginput transaksi ke aplikasi keuangan daerah',
        'transaksi',
        10,
        'U',
        'sipd,aplikasi,keuangan',
      ],
      ['Melakukan stock opname persediaan', 'kegiatan', 180, 'U', 'opname,persediaan,barang', true],
      ['Menyusun laporan barang milik daerah', 'laporan', 120, 'U', 'bmd,aset,barang'],
      [
        'Menyusun neraca dan catatan atas laporan keuangan',
        'dokumen',
        300,
        'U',
        'neraca,calk,laporan keuangan',
      ],
      [
        'Menindaklanjuti temuan pemeriksaan keuangan',
        'temuan',
        60,
        'U',
        'tindak lanjut,bpk,temuan',
      ],
      ['Menyusun surat perintah pencairan dana', 'dokumen', 20, 'U', 'sp2d,pencairan'],
    ],
  },
  {
    prefix: 'TIK',
    units: IT_UNITS,
    rows: [
      [
        'Mengembangkan fitur aplikasi',
        'fitur',
        240,
        'U',
        'aplikasi,app,coding,pemrograman,pengembangan',
      ],
      ['Memperbaiki bug aplikasi', 'perbaikan', 90, 'U', 'bug,perbaikan,aplikasi,error'],
      [
        'Menyusun rancangan sistem informasi',
        'dokumen',
        240,
        'U',
        'analisis sistem,desain,rancangan,aplikasi',
      ],
      ['Melakukan pengujian aplikasi', 'skenario', 30, 'U', 'testing,uji,qa,aplikasi'],
      [
        'Memasang pembaruan aplikasi ke server produksi',
        'rilis',
        60,
        'U',
        'deploy,rilis,server,aplikasi',
      ],
      ['Memelihara server dan pusat data', 'server', 60, 'U', 'server,data center,pemeliharaan'],
      ['Memelihara jaringan komputer', 'lokasi', 60, 'U', 'jaringan,lan,wifi,internet', true],
      [
        'Menangani gangguan jaringan',
        'tiket',
        45,
        'U',
        'gangguan,jaringan,internet,helpdesk',
        true,
      ],
      [
        'Melayani permintaan dukungan teknis',
        'tiket',
        30,
        'U',
        'helpdesk,dukungan,tiket,troubleshoot',
      ],
      ['Melakukan pencadangan data', 'basis data', 30, 'U', 'backup,cadangan,basis data'],
      ['Mengelola basis data', 'basis data', 60, 'U', 'database,basis data,sql'],
      ['Menyusun dokumentasi teknis aplikasi', 'dokumen', 90, 'U', 'dokumentasi,manual,dok'],
      ['Memperbarui konten website', 'konten', 20, 'U', 'web,website,konten,berita'],
      ['Mengelola nama domain dan surel dinas', 'layanan', 30, 'U', 'domain,email,surel,go.id'],
      [
        'Melaksanakan penilaian keamanan informasi',
        'sistem',
        180,
        'U',
        'keamanan,pentest,kerentanan,siber',
      ],
      ['Menangani insiden keamanan siber', 'insiden', 120, 'U', 'insiden,siber,keamanan,csirt'],
      [
        'Mengelola sertifikat elektronik',
        'sertifikat',
        15,
        'U',
        'tte,tanda tangan elektronik,sertifikat',
      ],
      ['Mengolah data statistik sektoral', 'tabel', 60, 'U', 'statistik,data,sektoral'],
      [
        'Melakukan instalasi perangkat komputer',
        'unit',
        45,
        'U',
        'instalasi,komputer,laptop,printer',
        true,
      ],
      ['Mengelola akun pengguna aplikasi', 'akun', 10, 'U', 'akun,user,pengguna,reset password'],
    ],
  },
  {
    prefix: 'KOM',
    units: ['dinas-kominfo/bidang-ikp'],
    rows: [
      ['Menyusun siaran pers', 'naskah', 60, 'U', 'rilis,pers,berita,humas'],
      ['Meliput kegiatan pimpinan daerah', 'kegiatan', 120, 'U', 'liputan,humas,dokumentasi', true],
      [
        'Mengelola akun media sosial pemerintah daerah',
        'unggahan',
        20,
        'U',
        'medsos,media sosial,instagram,konten',
      ],
      ['Memproduksi konten video informasi publik', 'video', 240, 'U', 'video,konten,desain'],
      ['Membuat desain grafis infografis', 'desain', 60, 'U', 'desain,infografis,poster'],
      [
        'Melayani permohonan informasi publik',
        'permohonan',
        30,
        'U',
        'ppid,informasi publik,keterbukaan',
      ],
      [
        'Menyusun kliping dan analisis pemberitaan',
        'laporan',
        60,
        'U',
        'kliping,media,berita,analisis',
      ],
      ['Mengelola aduan masyarakat', 'aduan', 20, 'U', 'aduan,pengaduan,lapor,sp4n'],
    ],
  },
  {
    prefix: 'SDM',
    units: ['bkpsdm'],
    rows: [
      ['Memproses usulan kenaikan pangkat', 'berkas', 30, 'U', 'kenaikan pangkat,kp,asn'],
      ['Memproses usulan pensiun', 'berkas', 45, 'U', 'pensiun,bup,asn'],
      ['Memproses mutasi pegawai', 'berkas', 30, 'U', 'mutasi,pindah,asn'],
      ['Memutakhirkan data kepegawaian', 'data', 10, 'U', 'simpeg,siasn,data pegawai,asn'],
      ['Menyusun analisis kebutuhan pegawai', 'dokumen', 240, 'U', 'formasi,abk,kebutuhan pegawai'],
      [
        'Memfasilitasi penilaian kinerja pegawai',
        'perangkat daerah',
        60,
        'U',
        'skp,penilaian kinerja,asn',
      ],
      ['Memproses usulan cuti pegawai', 'berkas', 15, 'U', 'cuti,asn'],
      [
        'Menyelenggarakan pengembangan kompetensi',
        'kegiatan',
        240,
        'U',
        'diklat,bangkom,kompetensi',
        true,
      ],
      [
        'Memproses pemberian tambahan penghasilan pegawai',
        'perangkat daerah',
        60,
        'U',
        'tpp,tambahan penghasilan',
      ],
      [
        'Melaksanakan seleksi terbuka jabatan',
        'kegiatan',
        240,
        'U',
        'seleksi,lelang jabatan,jpt',
        true,
      ],
    ],
  },
  {
    prefix: 'REN',
    units: isPlanningUnit,
    rows: [
      ['Menyusun rencana kerja perangkat daerah', 'dokumen', 300, 'U', 'renja,rencana kerja,opd'],
      [
        'Menyusun bahan musyawarah perencanaan pembangunan',
        'dokumen',
        180,
        'U',
        'musrenbang,perencanaan',
      ],
      ['Mengikuti musyawarah perencanaan pembangunan', 'kegiatan', 240, 'U', 'musrenbang', true],
      [
        'Menyusun laporan kinerja instansi pemerintah',
        'laporan',
        300,
        'U',
        'lkjip,lakip,laporan kinerja',
      ],
      [
        'Menginput rencana dan realisasi pada aplikasi perencanaan',
        'data',
        15,
        'U',
        'sipd,e-planning,input',
      ],
      ['Menyusun evaluasi rencana pembangunan', 'laporan', 240, 'U', 'evaluasi,rpjmd,monev'],
      ['Menyusun indikator kinerja utama', 'dokumen', 180, 'U', 'iku,indikator,kinerja'],
      ['Menganalisis data pembangunan daerah', 'kajian', 180, 'U', 'data,analisis,pembangunan'],
    ],
  },
  {
    prefix: 'AUD',
    units: ['inspektorat'],
    rows: [
      [
        'Melaksanakan audit kinerja',
        'hari pemeriksaan',
        360,
        'U',
        'audit,pemeriksaan,kinerja',
        true,
      ],
      ['Melaksanakan reviu laporan keuangan', 'laporan', 240, 'U', 'reviu,review,laporan keuangan'],
      ['Menyusun kertas kerja pemeriksaan', 'dokumen', 120, 'U', 'kkp,kertas kerja'],
      ['Menyusun laporan hasil pemeriksaan', 'laporan', 240, 'U', 'lhp,laporan hasil'],
      ['Memantau tindak lanjut hasil pemeriksaan', 'temuan', 30, 'U', 'tindak lanjut,tl,temuan'],
      [
        'Melaksanakan pendampingan pengadaan barang dan jasa',
        'paket',
        120,
        'U',
        'probity,pengadaan,pendampingan',
      ],
      ['Menangani pengaduan masyarakat', 'aduan', 120, 'U', 'dumas,pengaduan,investigasi'],
    ],
  },
  {
    prefix: 'PEM',
    units: isDistrict,
    rows: [
      ['Melayani administrasi kependudukan', 'berkas', 15, 'U', 'ktp,kk,adminduk,kependudukan'],
      ['Menerbitkan surat keterangan', 'surat', 10, 'U', 'surat keterangan,domisili,sktm'],
      [
        'Melaksanakan patroli ketenteraman dan ketertiban',
        'kegiatan',
        120,
        'U',
        'patroli,trantib,ketertiban',
        true,
      ],
      [
        'Memfasilitasi musyawarah perencanaan pembangunan kelurahan',
        'kegiatan',
        180,
        'U',
        'musrenbang,kelurahan',
        true,
      ],
      ['Melaksanakan pendataan penduduk', 'keluarga', 15, 'U', 'pendataan,sensus,data penduduk'],
      [
        'Melaksanakan kerja bakti bersama warga',
        'kegiatan',
        120,
        'T',
        'kerja bakti,gotong royong',
        true,
      ],
      ['Memfasilitasi penyelesaian sengketa warga', 'kasus', 90, 'U', 'mediasi,sengketa,warga'],
      ['Memverifikasi data penerima bantuan sosial', 'keluarga', 15, 'U', 'dtks,bansos,verval'],
    ],
  },
  {
    prefix: 'SOS',
    units: ['dinas-sosial'],
    rows: [
      [
        'Melaksanakan asesmen penerima manfaat',
        'orang',
        60,
        'U',
        'asesmen,ppks,penerima manfaat',
        true,
      ],
      ['Menyalurkan bantuan sosial', 'keluarga', 15, 'U', 'bansos,bantuan,penyaluran', true],
      ['Memutakhirkan data terpadu kesejahteraan sosial', 'data', 10, 'U', 'dtks,verval,data'],
      [
        'Melaksanakan pendampingan rehabilitasi sosial',
        'orang',
        60,
        'U',
        'rehabilitasi,pendampingan,disabilitas',
        true,
      ],
      [
        'Melaksanakan penjangkauan penyandang masalah sosial',
        'kegiatan',
        180,
        'U',
        'penjangkauan,pmks,razia',
        true,
      ],
      [
        'Menyalurkan logistik korban bencana',
        'kegiatan',
        180,
        'U',
        'bencana,logistik,tanggap darurat',
        true,
      ],
    ],
  },
  {
    prefix: 'PU',
    units: ['dinas-pupr'],
    rows: [
      [
        'Melaksanakan pengawasan pekerjaan konstruksi',
        'hari',
        240,
        'U',
        'pengawasan,konstruksi,proyek',
        true,
      ],
      ['Menyusun rencana anggaran biaya', 'dokumen', 180, 'U', 'rab,anggaran,biaya'],
      ['Menyusun gambar teknis', 'gambar', 120, 'U', 'gambar,desain,autocad,ded'],
      ['Melaksanakan survei kondisi jalan', 'ruas', 120, 'U', 'survei,jalan,jembatan', true],
      [
        'Melaksanakan pemeriksaan saluran drainase',
        'lokasi',
        90,
        'U',
        'drainase,saluran,irigasi',
        true,
      ],
      ['Memproses permohonan persetujuan bangunan gedung', 'berkas', 60, 'U', 'pbg,imb,bangunan'],
      [
        'Menyusun dokumen pengadaan barang dan jasa',
        'paket',
        180,
        'U',
        'pengadaan,lelang,tender,pbj',
      ],
    ],
  },
];

/** The demo bank, resolved against the demo city (throws when a scope names a unit it lacks). */
export function buildActivityBank(city: DemoCity = buildDemoCity()): DemoBankItem[] {
  const byKey = new Map(city.units.map((u) => [u.key, u]));
  const items: DemoBankItem[] = [];
  for (const group of GROUPS) {
    const units =
      typeof group.units === 'function'
        ? city.units.filter(group.units)
        : (group.units ?? []).map((key) => {
            const unit = byKey.get(key);
            if (!unit) throw new Error(`activity bank: no unit ${key} in the demo city`);
            return unit;
          });
    group.rows.forEach(
      ([name, outputUnit, minutes, category, keywords, evidence, description], i) => {
        items.push({
          code: `${group.prefix}.${String(i + 1).padStart(3, '0')}`,
          name,
          description: description ?? null,
          outputUnit,
          standardMinutes: minutes,
          category: category === 'U' ? 'MAIN' : 'ADDITIONAL',
          positionKinds: group.positionKinds ?? [],
          unitKeys: units.map((u) => u.key),
          unitCodes: units.map((u) => u.code),
          keywords: keywords.split(',').map((k) => k.trim()),
          requiresEvidence: evidence ?? false,
        });
      },
    );
  }
  return items;
}

/** A proposal waiting in the demo bank: the item, and the NIP of the admin who proposed it. */
export interface DemoProposedItem extends DemoBankItem {
  proposerNip: string;
}

/**
 * [name, output unit, minutes, U/T, keywords, evidence?, description?, units, proposer]: items
 * departments asked for and the agency admin has not decided yet. Dinas Pendidikan's own admin
 * proposed theirs; the others came to BKPSDM by letter and its agency admin entered them.
 */
type ProposalRow = readonly [
  name: string,
  outputUnit: string,
  minutes: number,
  category: 'U' | 'T',
  keywords: string,
  evidence: boolean,
  description: string | null,
  units: readonly string[],
  proposer: 'departmentAdmin' | 'agencyAdmin',
];

const PROPOSALS: readonly ProposalRow[] = [
  [
    'Menyusun instrumen asesmen literasi dan numerasi',
    'dokumen',
    150,
    'U',
    'literasi,numerasi,akm,instrumen',
    true,
    'Soal dan rubrik asesmen literasi membaca dan numerasi satu jenjang kelas.',
    SCHOOLS,
    'departmentAdmin',
  ],
  [
    'Melaksanakan gerakan literasi sekolah',
    'kegiatan',
    45,
    'T',
    'gls,literasi,membaca 15 menit,pojok baca',
    true,
    null,
    SCHOOLS,
    'departmentAdmin',
  ],
  [
    'Memverifikasi usulan tunjangan profesi guru',
    'berkas',
    20,
    'U',
    'tpg,tunjangan profesi,sertifikasi guru,info gtk',
    false,
    null,
    ['dinas-pendidikan'],
    'departmentAdmin',
  ],
  [
    'Melaksanakan kunjungan rumah keluarga penerima PKH',
    'keluarga',
    45,
    'U',
    'pkh,home visit,kunjungan rumah,pendamping',
    true,
    'Verifikasi komitmen keluarga penerima Program Keluarga Harapan.',
    ['dinas-sosial'],
    'agencyAdmin',
  ],
  [
    'Melaksanakan investigasi kontak tuberkulosis',
    'kasus',
    120,
    'U',
    'tbc,tb,investigasi kontak,skrining',
    true,
    'Kunjungan dan skrining kontak serumah dan sekitar satu kasus indeks.',
    CLINICS,
    'agencyAdmin',
  ],
  [
    'Memantau isu publik di media daring',
    'laporan',
    60,
    'T',
    'monitoring media,isu publik,media daring,sentimen',
    false,
    null,
    ['dinas-kominfo'],
    'agencyAdmin',
  ],
];

/**
 * The demo bank's pending proposals (codes USUL.001…), resolved against the demo city: so the
 * agency admin's "proposed" tab has something to publish or reject on a fresh system.
 */
export function buildProposedItems(city: DemoCity = buildDemoCity()): DemoProposedItem[] {
  const byKey = new Map(city.units.map((u) => [u.key, u]));
  const departmentAdmin = city.employees.find((e) => e.adminUnitKey === 'dinas-pendidikan');
  const agencyAdmin = city.employees.find((e) => e.roles.includes('AGENCY_ADMIN'));
  if (!departmentAdmin || !agencyAdmin) throw new Error('activity bank: demo admins missing');
  return PROPOSALS.map(
    ([name, outputUnit, minutes, category, keywords, evidence, description, keys, proposer], i) => {
      const units = keys.map((key) => {
        const unit = byKey.get(key);
        if (!unit) throw new Error(`activity bank: no unit ${key} in the demo city`);
        return unit;
      });
      return {
        code: `USUL.${String(i + 1).padStart(3, '0')}`,
        name,
        description,
        outputUnit,
        standardMinutes: minutes,
        category: category === 'U' ? 'MAIN' : 'ADDITIONAL',
        positionKinds: [],
        unitKeys: units.map((u) => u.key),
        unitCodes: units.map((u) => u.code),
        keywords: keywords.split(',').map((k) => k.trim()),
        requiresEvidence: evidence,
        proposerNip: (proposer === 'departmentAdmin' ? departmentAdmin : agencyAdmin).nip,
      };
    },
  );
}
