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
  activities: {
    entryNotFound: 'Aktivitas tidak ditemukan.',
    badTime: 'Jam "{value}" tidak valid; gunakan format JJ:mm, misalnya 07:30.',
    endBeforeStart: 'Jam selesai harus setelah jam mulai.',
    future: 'Aktivitas tidak boleh dicatat untuk waktu yang belum terjadi.',
    backdating:
      'Aktivitas tanggal {date} sudah melewati batas pencatatan ({days} hari setelah tanggalnya).',
    monthDeadline: 'Pencatatan aktivitas bulan {month} sudah ditutup sejak tanggal {deadline}.',
    periodClosed: 'Periode {month} sudah ditutup; aktivitasnya tidak dapat diubah.',
    itemNotFound: 'Butir aktivitas tidak ditemukan.',
    itemNotApplicable:
      'Butir aktivitas "{item}" tidak berlaku untuk jabatan Anda atau belum diterbitkan.',
    evidenceRequired: 'Butir aktivitas "{item}" wajib dilengkapi bukti dukung.',
    overlap: 'Waktu aktivitas bertabrakan dengan aktivitas lain pukul {start}–{end} ({item}).',
    notEditable:
      'Aktivitas berstatus {status} tidak dapat diubah atau dihapus; hanya draf dan yang dikembalikan.',
    notOwner: 'Anda hanya dapat mengubah aktivitas Anda sendiri.',
    nothingToSubmit: 'Tidak ada draf aktivitas pada tanggal {date} untuk dikirim.',
    rangeTooLong: 'Rentang tanggal paling lama {days} hari.',
    rangeReversed: 'Tanggal akhir tidak boleh sebelum tanggal awal.',
    scheduleNotFound: 'Jadwal tidak ditemukan.',
    skipOverlap: 'bertabrakan dengan aktivitas yang sudah ada',
    skipNotApplicable: 'butir aktivitas tidak lagi berlaku',
    skipEvidence: 'butir aktivitas wajib bukti dukung; lengkapi setelah disalin',
    overlapAny: 'Waktu aktivitas bertabrakan dengan aktivitas lain.',
  },
  evidence: {
    fileMissing:
      'Tidak ada berkas yang dikirim. Kirim berkas sebagai multipart/form-data pada kolom "file".',
    empty: 'Berkas yang dikirim kosong.',
    tooLarge: 'Berkas terlalu besar; ukuran maksimal {maxMb} MB.',
    unsupportedType:
      'Jenis berkas ({detected}) tidak didukung. Unggah foto JPEG, PNG atau WebP, atau dokumen PDF, DOCX atau XLSX.',
    unknownType: 'tidak dikenal',
    extensionMismatch:
      'Isi berkas tidak sesuai dengan namanya: nama berakhiran ".{extension}", tetapi isinya berjenis {detected}. Periksa kembali berkas yang Anda pilih.',
    unreadableImage: 'Gambar tidak dapat dibaca; berkas mungkin rusak.',
    imageTooLarge: 'Resolusi gambar terlalu besar (maksimal {megapixels} megapiksel).',
    notFound: 'Bukti dukung tidak ditemukan.',
    notUsable: 'Bukti dukung tidak ditemukan atau bukan milik Anda.',
    tooManyIds: 'Paling banyak {max} bukti dukung sekaligus.',
    linkInvalid: 'Tautan tidak valid: tulis alamat lengkap yang diawali http:// atau https://.',
    linkScheme: 'Hanya tautan http:// atau https:// yang dapat dipakai sebagai bukti dukung.',
    linkCredentials: 'Tautan tidak boleh memuat nama pengguna atau kata sandi.',
    linkTooLong: 'Tautan terlalu panjang (paling banyak {max} karakter).',
    linkTitleTooLong: 'Judul tautan terlalu panjang (paling banyak {max} karakter).',
  },
  verification: {
    entryNotFound: 'Aktivitas tidak ditemukan.',
    notYours:
      'Anda tidak berwenang memverifikasi aktivitas ini: hanya atasan langsung (termasuk Plt/Plh), atasannya setelah batas eskalasi, atau admin untuk pimpinan tertinggi; tidak untuk aktivitas sendiri.',
    notSubmitted:
      'Aktivitas berstatus {status}; hanya aktivitas yang sudah diajukan yang dapat diverifikasi.',
    noteRequired: 'Alasan wajib diisi untuk menolak atau mengembalikan aktivitas.',
    noEntries: 'Pilih paling sedikit satu aktivitas.',
    tooMany: 'Paling banyak {max} aktivitas sekaligus.',
    rangeReversed: 'Tanggal akhir tidak boleh sebelum tanggal awal.',
    rangeTooLong: 'Rentang tanggal paling lama {days} hari.',
    statsForbidden:
      'Anda hanya dapat melihat statistik verifikasi Anda sendiri atau atasan yang berada di bawah Anda.',
  },
  activityBank: {
    itemNotFound: 'Butir aktivitas tidak ditemukan.',
    codeTaken: 'Kode butir aktivitas "{code}" sudah dipakai.',
    invalidCode: '{field} hanya boleh berisi huruf, angka, ".", "-", "_" dan "/"',
    outsideScope: 'Butir aktivitas ini berada di luar cakupan perangkat daerah Anda.',
    departmentScope:
      'Admin perangkat daerah hanya dapat mengusulkan butir untuk unit atau jabatan di perangkat daerahnya sendiri (tanpa jenis jabatan).',
    notEditable: 'Butir aktivitas berstatus {status} hanya dapat diubah oleh admin BKPSDM.',
    badTransition: 'Butir aktivitas berstatus {status} tidak dapat {action}.',
    action: {
      publish: 'diterbitkan',
      reject: 'ditolak',
      retire: 'dinonaktifkan',
    },
    reasonRequired: 'Alasan penolakan wajib diisi (minimal {min} karakter).',
    notApplicable: 'Butir aktivitas ini belum diterbitkan atau tidak berlaku untuk jabatan Anda.',
    importEmpty: 'Berkas kosong atau tidak memiliki baris data.',
    importHeader: 'Kolom wajib tidak ada di baris judul: {columns}.',
    importUnreadable: 'Berkas tidak dapat dibaca sebagai {format}: {details}',
    importTooLarge: 'Berkas paling banyak berisi {max} baris.',
    required: 'Kolom {field} wajib diisi.',
    duplicateCode: 'Kode "{code}" sudah ada di baris {line}.',
    badMinutes: 'Norma waktu "{value}" harus bilangan bulat 1–1440 menit.',
    badCategory: 'Kategori "{value}" tidak dikenal; gunakan MAIN/UTAMA atau ADDITIONAL/TAMBAHAN.',
    badPositionKind:
      'Jenis jabatan "{value}" tidak dikenal; gunakan STRUCTURAL, FUNCTIONAL atau EXECUTOR.',
    unknownUnit: 'Kode unit "{code}" tidak ditemukan.',
    unknownPosition: 'Jabatan "{id}" tidak ditemukan.',
    badBoolean: 'Nilai "{value}" pada kolom {field} harus ya/tidak atau true/false.',
    badStatus: 'Status "{value}" tidak dapat diimpor oleh Anda untuk butir ini.',
  },
  attendance: {
    photoNotImage: 'Swafoto presensi harus berupa foto (JPEG, PNG atau WebP).',
    photoUsed: 'Swafoto ini sudah dipakai untuk presensi lain; ambil foto baru.',
    alreadyCheckedIn: 'Anda sudah melakukan presensi masuk pada tanggal {date}.',
    checkedOut:
      'Anda sudah melakukan presensi pulang pada tanggal {date}; presensi masuk tidak dapat dicatat lagi.',
    checkOutNotLater: 'Presensi pulang yang sudah tercatat lebih akhir dari waktu ini.',
    recordNotFound: 'Data presensi tidak ditemukan.',
    notYoursToAccept:
      'Hanya atasan pegawai ini atau admin yang berwenang yang dapat menerima presensi di luar lokasi.',
    nothingToAccept: 'Presensi ini tidak berada di luar lokasi; tidak ada yang perlu diterima.',
    periodClosed: 'Periode {month} sudah ditutup; presensinya tidak dapat diubah.',
    teamForbidden: 'Anda tidak berwenang melihat presensi pegawai di unit ini.',
    importUnknownNip: 'NIP tidak terdaftar.',
    importOutsideScope: 'Pegawai ini berada di luar cakupan admin Anda.',
    importBadTimestamp:
      'Waktu tidak valid; gunakan ISO 8601 dengan zona waktu (2026-11-20T07:45:00+07:00) atau "YYYY-MM-DD HH:mm[:ss]".',
    importFuture: 'Waktu presensi belum terjadi.',
    importPeriodClosed: 'Periode bulan tersebut sudah ditutup.',
    importUnreadable: 'Berkas CSV tidak dapat dibaca: {details}',
    importEmpty: 'Berkas CSV kosong atau tidak memiliki baris data.',
    importHeader: 'Kolom wajib tidak ada di baris judul: {columns}.',
    importTooLarge: 'Berkas paling banyak berisi {max} baris.',
    cause: {
      late: 'terlambat {minutes} menit',
      early: 'pulang {minutes} menit sebelum waktunya',
      noCheckIn: 'tidak ada presensi masuk',
      noCheckOut: 'tidak ada presensi pulang',
      checkInOutside:
        'presensi masuk pukul {time} di luar lokasi yang diizinkan (belum diterima atasan)',
      checkOutOutside:
        'presensi pulang pukul {time} di luar lokasi yang diizinkan (belum diterima atasan)',
      absent: 'tidak masuk tanpa keterangan',
    },
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
  calendar: {
    patternNotFound: 'Pola hari kerja tidak ditemukan.',
    patternCodeTaken: 'Kode pola hari kerja "{code}" sudah dipakai.',
    patternInUse:
      'Pola hari kerja ini masih dipakai oleh {units} unit dan {periods} periode khusus; lepaskan dahulu.',
    patternIsDefault:
      'Pola bawaan instansi tidak dapat dihapus; jadikan pola lain sebagai bawaan terlebih dahulu.',
    defaultRequired:
      'Instansi harus memiliki satu pola bawaan; jadikan pola lain sebagai bawaan terlebih dahulu.',
    noDays: 'Pola hari kerja harus memiliki paling sedikit satu hari kerja.',
    duplicateWeekday: 'Hari ke-{weekday} tercantum lebih dari sekali.',
    badTime: 'Jam "{value}" tidak valid; gunakan format JJ:mm, misalnya 07:30.',
    endBeforeStart: 'Jam pulang hari ke-{weekday} harus setelah jam masuk.',
    breakTooLong: 'Waktu istirahat hari ke-{weekday} harus lebih singkat dari jam kerjanya.',
    specialPeriodNotFound: 'Periode khusus tidak ditemukan.',
    samePattern: 'Pola pengganti harus berbeda dari pola yang digantikan.',
    holidayNotFound: 'Tidak ada hari libur pada tanggal {date}.',
    holidayTaken: 'Tanggal {date} sudah tercatat sebagai hari libur.',
    badMonth: 'Bulan "{value}" tidak valid; gunakan format TTTT-BB, misalnya 2026-11.',
    badDate: 'Tanggal "{value}" tidak valid; gunakan format TTTT-BB-HH.',
    badYear: 'Tahun {value} tidak valid.',
    badKind:
      'Jenis libur "{value}" tidak dikenal; gunakan NATIONAL/LIBUR_NASIONAL atau COLLECTIVE_LEAVE/CUTI_BERSAMA.',
    duplicateDate: 'Tanggal {date} sudah ada di baris {line}.',
    rangeReversed: 'Tanggal akhir tidak boleh sebelum tanggal awal.',
    rangeTooLong: 'Rentang tanggal paling lama {days} hari.',
    importEmpty: 'Berkas CSV kosong atau tidak memiliki baris data.',
    importHeader: 'Kolom wajib tidak ada di baris judul: {columns}.',
  },
  roster: {
    notEditor: 'Anda tidak berwenang mengubah jadwal dinas unit ini.',
    notReader: 'Anda tidak berwenang melihat jadwal dinas unit ini.',
    shiftNotFound: 'Shift tidak ditemukan.',
    codeTaken: 'Kode shift "{code}" sudah dipakai di unit ini.',
    badCode: 'Kode shift "{value}" tidak valid; gunakan 1–4 huruf atau angka.',
    nameRequired: 'Nama shift wajib diisi.',
    sameTimes: 'Jam selesai shift harus berbeda dari jam mulainya.',
    unitFixed: 'Unit sebuah shift tidak dapat dipindahkan.',
    tooManyCells: 'Paling banyak {max} sel jadwal dapat disimpan sekaligus.',
    shiftAndDayOff: 'Sel tanggal {date} berisi shift sekaligus libur; pilih salah satu.',
    duplicateCell: 'Pegawai yang sama tercantum lebih dari sekali pada tanggal {date}.',
    notInUnit: 'Pegawai ini tidak berada di unit tersebut.',
    shiftNotInUnit: 'Shift ini bukan shift aktif unit tersebut.',
    monthClosed: 'Periode {month} sudah ditutup; jadwal dinasnya tidak dapat diubah.',
    notMonday: 'Tanggal {date} bukan hari Senin.',
    sameWeek: 'Minggu tujuan harus berbeda dari minggu sumber.',
    rangeTooLong: 'Rentang jadwal dinas paling lama {days} hari.',
    importEmpty: 'Berkas jadwal kosong atau tidak memiliki baris data.',
    importTooLarge: 'Berkas jadwal paling banyak {max} baris.',
    importHeader: 'Kolom wajib tidak ada di baris judul: {columns}.',
    importUnknownNip: 'NIP {nip} tidak dikenal atau bukan pegawai unit ini.',
    importBadDate: 'Tanggal "{value}" tidak valid; gunakan format TTTT-BB-HH.',
    importUnknownCode: 'Kode shift "{code}" tidak dikenal di unit ini (gunakan L untuk libur).',
    importDuplicate: 'Pegawai dan tanggal ini sudah ada di baris {line}.',
  },
  places: {
    locationNotFound: 'Lokasi kantor tidak ditemukan.',
    home: 'Rumah (bekerja dari rumah)',
    travelDestination: 'Tujuan perjalanan dinas',
  },
  leave: {
    kinds: {
      ANNUAL: 'cuti tahunan',
      SICK: 'cuti sakit',
      IMPORTANT_REASONS: 'cuti karena alasan penting',
      MATERNITY: 'cuti melahirkan',
      BIG: 'cuti besar',
      UNPAID: 'cuti di luar tanggungan negara',
      PERMIT_LATE: 'izin terlambat',
      PERMIT_EARLY: 'izin pulang cepat',
      OFFICIAL_TRAVEL: 'dinas luar',
      WORK_FROM_HOME: 'bekerja dari rumah',
    },
    statuses: {
      PENDING: 'menunggu keputusan',
      APPROVED: 'disetujui',
      REJECTED: 'ditolak',
      CANCELLED: 'dibatalkan',
    },
    requestNotFound: 'Pengajuan tidak ditemukan.',
    reasonRequired: 'Alasan wajib diisi.',
    endBeforeStart: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    oneDate: 'Izin dan pengajuan setengah hari hanya untuk satu tanggal.',
    halfDayTravelOnly: 'Setengah hari hanya berlaku untuk dinas luar.',
    timeRequired:
      'Isi jam: jam kedatangan untuk izin terlambat, jam kepulangan untuk izin pulang cepat.',
    badTime: 'Jam "{value}" tidak valid; gunakan format JJ:mm, misalnya 09:30.',
    timeNotAllowed: 'Jam hanya diisi untuk izin terlambat atau pulang cepat.',
    timeOutside: 'Jam harus di antara jam kerja hari itu ({start}–{end}).',
    destinationRequired: 'Tujuan dinas luar wajib diisi.',
    destinationNotAllowed: 'Tujuan hanya diisi untuk dinas luar.',
    coordinatesPair: 'Isi lintang dan bujur tujuan sekaligus, atau kosongkan keduanya.',
    coordinatesRange: 'Lintang harus antara −90 dan 90, bujur antara −180 dan 180.',
    annualOneYear:
      'Cuti tahunan tidak dapat melewati pergantian tahun; ajukan satu permohonan per tahun.',
    tooLong: 'Lama {kind} paling banyak {months} bulan.',
    backdating:
      'Pengajuan untuk tanggal lampau paling lama {days} hari ke belakang (mulai {date}).',
    periodClosed: 'Bulan {month} sudah ditutup; pengajuan tidak dapat dibuat atau diubah.',
    noWorkingDay: 'Rentang tanggal ini tidak memuat hari kerja.',
    notWorkingDay: 'Tanggal {date} bukan hari kerja.',
    serviceUnknown: 'Masa kerja tidak dapat dihitung dari NIP Anda. Hubungi admin kepegawaian.',
    serviceYears: 'Untuk {kind} diperlukan masa kerja {years} tahun (terpenuhi pada {date}).',
    attachmentRequired: 'Cuti sakit lebih dari satu hari kerja memerlukan surat keterangan dokter.',
    balance:
      'Sisa cuti tahunan {year} tidak cukup: diminta {days} hari kerja, tersisa {remaining} hari.',
    overlap: 'Sudah ada pengajuan {kind} pada {start} s.d. {end} yang bertabrakan.',
    overlapAny: 'Sudah ada pengajuan lain pada tanggal tersebut.',
    notOwner: 'Hanya pemohon yang dapat membatalkan pengajuan ini.',
    notCancellable:
      'Pengajuan berstatus {status} tidak dapat dibatalkan; yang disetujui hanya dapat dibatalkan sebelum dimulai.',
    noRequests: 'Pilih paling sedikit satu pengajuan.',
    tooMany: 'Paling banyak {max} pengajuan sekaligus.',
    noteRequired: 'Alasan wajib diisi untuk menolak pengajuan.',
    notYours:
      'Anda tidak berwenang memutuskan pengajuan ini: hanya atasan langsung (termasuk Plt/Plh), atasannya setelah batas eskalasi, atau admin untuk pimpinan tertinggi; tidak untuk pengajuan sendiri.',
    notPending: 'Pengajuan sudah {status}; hanya pengajuan yang menunggu yang dapat diputuskan.',
    readForbidden:
      'Pengajuan dan saldo cuti hanya dapat dilihat oleh pegawai ybs., atasannya, dan admin.',
    badYear: 'Tahun harus antara {min} dan {max}.',
  },
  department: {
    forbidden:
      'Hanya pimpinan, admin instansi, dan admin perangkat daerah yang dapat melihat kinerja perangkat daerah.',
    outsideScope: 'Unit ini berada di luar perangkat daerah yang Anda kelola.',
    badPeriod: 'Periode "{value}" tidak valid; gunakan format TTTT-BB, misalnya 2026-11.',
    export: {
      sheet: 'Kinerja Perangkat Daerah',
      rank: 'Peringkat',
      code: 'Kode',
      name: 'Perangkat Daerah',
      headCount: 'Jumlah Pegawai',
      meetingTargetCount: 'Memenuhi Target',
      shareMeetingTarget: 'Memenuhi Target (%)',
      meanAchievement: 'Rata-rata Capaian (%)',
      meanDiscipline: 'Rata-rata Disiplin (%)',
      pendingEntries: 'Aktivitas Menunggu Verifikasi',
      oldestPendingAgeDays: 'Umur Tertua (hari)',
      approvedMinutes: 'Menit Disetujui',
      workingMinutes: 'Menit Kerja',
      workloadPercent: 'Beban Kerja (%)',
      tppTotal: 'Total TPP',
      tppBudget: 'Pagu TPP',
      tppShareOfBudget: 'TPP dari Pagu (%)',
      agency: 'Seluruh instansi',
    },
  },
  reports: {
    badPeriod: 'Periode "{value}" tidak valid; gunakan format YYYY-MM.',
    teamForbidden: 'Anda tidak berwenang melihat laporan kinerja pegawai di unit ini.',
    recapOutsideScope: 'Rekap TPP unit ini berada di luar cakupan admin Anda.',
    rating: {
      ABOVE: 'di atas ekspektasi',
      AS_EXPECTED: 'sesuai ekspektasi',
      BELOW: 'di bawah ekspektasi',
    },
    recap: {
      sheet: 'Rekap TPP',
      nip: 'NIP',
      name: 'Nama',
      position: 'Jabatan',
      jobClass: 'Kelas Jabatan',
      unit: 'Unit Kerja',
      base: 'Basis TPP',
      proratedBase: 'Basis Setelah Prorata',
      achievement: 'Capaian Kinerja (%)',
      discipline: 'Disiplin (%)',
      performancePart: 'Bagian Kinerja',
      disciplinePart: 'Bagian Disiplin',
      otherCuts: 'Potongan Lain',
      total: 'Total TPP',
      unitTotal: 'Jumlah {unit}',
      grandTotal: 'Jumlah Seluruhnya',
      noUnit: '(tanpa unit)',
    },
    explanation: {
      main: 'Menit tugas pokok yang disetujui: {minutes} dari {count} entri',
      additional: 'Menit tugas tambahan yang disetujui: {minutes} dari {count} entri',
      aboveDailyCap:
        '{minutes} menit yang disetujui melebihi batas harian {cap} menit pada {days} hari, tidak dihitung (tugas pokok dihitung lebih dahulu)',
      targetGross: '{days} hari kerja × minimum harian {minimum} menit = {minutes} menit',
      targetFixed: 'Target tetap {minutes} menit',
      excused: 'Waktu dikecualikan {minutes} menit untuk {days} hari cuti',
      target: 'Target {minutes} menit',
      additionalCounted:
        'Menit tugas tambahan yang dihitung: {minutes} (paling banyak {cap}% dari target)',
      achievement: 'Capaian {percent}% = min(100, ({main} + {additional}) ÷ {target} × 100)',
      achievementNoTarget: 'Capaian 100,00% (target 0: sebulan penuh dikecualikan)',
      daysUnderMinimum: '{days} hari kerja di bawah minimum harian {minimum} menit',
      negativeActivities: '{count} entri ditolak, {minutes} menit (tanpa potongan)',
      deduction: '{code} pada {date} ({cause}): −{percent}%',
      discipline: 'Disiplin {percent}% = maks(0, 100 − {deduction}%) dari {count} pelanggaran',
      iki: 'IKI {percent}%',
      skp: 'SKP {percent}% tahun berjalan',
      behaviour: 'Nilai perilaku {percent}% (penilaian 360°)',
      peerStanding: 'Peringkat di antara rekan: persentil {percentile}',
      workResultIki:
        'Hasil kerja {rating}: IKI {iki}% (di atas ekspektasi mulai {above}, sesuai ekspektasi mulai {asExpected})',
      workResultAchievement:
        'Hasil kerja {rating}: belum ada IKI, dinilai dari capaian {achievement}% (di bawah ekspektasi bila kurang dari {below})',
      behaviourNone: 'Perilaku {rating}: belum ada nilai perilaku',
      behaviourScore: 'Perilaku {rating}: nilai {score}%',
      predicate: 'Predikat {predicate} (hasil kerja {workResult}, perilaku {behaviour})',
      tppNone: 'Tidak ada TPP: kepala daerah tidak menerima TPP',
      tppBase: 'Basis TPP {amount}',
      tppProrated: 'Basis diprorata untuk {days} dari {working} hari kerja: {amount}',
      tppPerformance: 'Bagian kinerja {amount} = {base} × {weight}% × {score}%',
      tppDiscipline: 'Bagian disiplin {amount} = {base} × {weight}% × {score}%',
      cutSanction: 'Hukuman disiplin: {percent}%, {amount}',
      cutSickLeave: 'Cuti sakit melebihi {free} hari kerja: {percent}%, {amount}',
      cutBigLeave: 'Cuti besar: {percent}%, {amount}',
      tppOtherCuts: 'Potongan lain {amount} = {percent}% dari {parts}',
      tppTotal: 'TPP {total} = {performance} + {discipline} − {cuts}',
    },
  },
  reviews: {
    notAssigned: 'Anda tidak ditugaskan menilai pegawai ini pada periode {month}.',
    valueDuplicate:
      'Nilai {value} diisi lebih dari sekali; isi setiap nilai BerAKHLAK tepat satu kali.',
    valuesMissing:
      'Setiap nilai BerAKHLAK harus dinilai tepat satu kali; belum dinilai: {missing}.',
    scoreRange: 'Skor {value} harus bilangan bulat 1 sampai 10, bukan {score}.',
    commentTooLong: 'Komentar paling banyak {max} karakter.',
    noRankingTask: 'Anda tidak mendapat tugas perbandingan rekan kerja pada periode {month}.',
    rankingSelf: 'Anda tidak dapat memasukkan diri sendiri dalam urutan rekan kerja.',
    rankingDuplicate: 'Pegawai {id} tercantum lebih dari sekali dalam urutan.',
    rankingNotAssigned:
      'Pegawai {id} tidak termasuk {size} rekan kerja yang ditugaskan kepada Anda; urutkan tepat rekan kerja yang ditugaskan.',
    rankingMissing:
      'Urutan harus memuat semua {size} rekan kerja yang ditugaskan; {missing} belum diurutkan.',
    bestNotInSet: 'Rekan kerja terbaik harus salah satu rekan kerja yang ditugaskan kepada Anda.',
    resultsForbidden:
      'Hasil perbandingan rekan kerja unit ini hanya untuk atasan di unit tersebut, admin dan pimpinan.',
  },
  tasks: {
    monthClosed:
      'Periode {month} sudah ditutup: tugas bulanannya (batas {due}) tidak dapat lagi dikirim atau diubah.',
    notStarted: 'Bulan {month} belum dimulai; tugas bulanannya belum dapat diisi.',
  },
  periods: {
    badMonth: 'Periode "{value}" tidak valid; gunakan format YYYY-MM.',
    notOver: 'Bulan {month} belum berakhir; periode hanya dapat ditutup setelah bulannya selesai.',
    beforeClosingDay:
      'Bulan {month} baru dapat ditutup setelah tanggal penutupan {date}; untuk menutup lebih awal, pilih paksa dan tuliskan alasannya.',
    reasonRequired: 'Alasan wajib diisi.',
    reasonTooLong: 'Alasan paling banyak {max} karakter.',
    alreadyClosed: 'Periode {month} sudah ditutup.',
    notClosed: 'Periode {month} tidak sedang ditutup.',
  },
  policy: {
    versionNotFound: 'Versi kebijakan tidak ditemukan.',
    pastDate:
      'Tanggal berlaku {date} sudah lewat: kebijakan yang lalu tidak dapat diubah. Versi baru berlaku paling awal hari ini ({today}).',
    inForce:
      'Versi yang berlaku sejak {date} sudah berlaku dan tidak dapat diubah; buat versi baru dengan tanggal berlaku yang akan datang.',
    beforeLatest:
      'Sudah ada versi yang berlaku mulai {latest}; versi baru harus berlaku setelah tanggal itu (atau pada tanggal yang sama untuk menggantinya selama belum berlaku), bukan {date}.',
    range: '{field} harus bilangan bulat antara {min} dan {max}.',
    capBelowMinimum:
      'Batas menit harian yang diakui ({cap}) tidak boleh lebih kecil dari minimum harian ({minimum}).',
    deadlinesOrder:
      'Tanggal batas harus berurutan: pengisian aktivitas (tanggal {entry}) ≤ verifikasi (tanggal {verification}) ≤ penutupan periode (tanggal {closing}).',
    weightsSum:
      'Bobot kinerja ({performance}%) dan bobot disiplin ({discipline}%) harus berjumlah 100%.',
    raterWeightsSum: 'Bobot penilai ({field}: {kinds}) harus berjumlah 100%.',
    tasksAfterClosing:
      'Batas tugas bulanan (tanggal {due}) tidak boleh setelah tanggal penutupan periode ({closing}).',
    peerGroup: 'Kelompok rekan "{value}" tidak dikenal; pilih DEPARTMENT atau UNIT.',
    fixedTargetRequired: 'Target bulanan tetap (menit) wajib diisi bila mode targetnya FIXED.',
    deductionUnknown:
      'Kode pelanggaran "{code}" tidak dikenal; gunakan TL1–TL4, PSW1–PSW4 atau TK.',
    deductionDuplicate: 'Potongan untuk kode {code} tercantum lebih dari sekali.',
    deductionPercent:
      'Potongan {code} harus antara 0 dan 100 persen, dengan paling banyak dua angka desimal.',
    deductionsIncomplete:
      'Potongan harus diisi untuk setiap kode pelanggaran; belum ada: {missing}.',
    tppJobClass: 'Kelas jabatan {jobClass} tidak ada; gunakan kelas 1 sampai 17.',
    tppDuplicate: 'Besaran TPP kelas jabatan {jobClass} tercantum lebih dari sekali.',
    tppAmount:
      'Besaran TPP kelas jabatan {jobClass} harus bilangan bulat rupiah, tidak negatif (paling banyak 1.000.000.000).',
    tppIncomplete:
      'Besaran TPP harus diisi untuk setiap kelas jabatan 1–17; belum ada kelas: {missing}.',
    thresholdRange:
      'Ambang {field} harus antara 0 dan {max}, dengan paling banyak dua angka desimal.',
    thresholdsOrder: 'Ambang {upper} harus lebih tinggi dari ambang {lower}.',
    agencyAdminOnly: 'Hanya admin instansi yang dapat mengubah {field}.',
    employmentDates: 'Tanggal berhenti tidak boleh sebelum tanggal mulai bekerja.',
    sanctionNotFound: 'Hukuman disiplin tidak ditemukan.',
    badMonth: 'Bulan "{value}" tidak valid; gunakan format TTTT-BB, misalnya 2026-11.',
    monthsReversed: 'Bulan akhir hukuman ({end}) tidak boleh sebelum bulan mulainya ({start}).',
    reasonRequired: 'Alasan (dasar keputusan hukuman) wajib diisi, paling banyak {max} karakter.',
    sanctionClosedMonth:
      'Periode {month} sudah ditutup; buka kembali periode itu sebelum mengubah hukuman yang berlaku pada bulan tersebut.',
  },
  plans: {
    readForbidden: 'Anda tidak berhak melihat SKP dan IKI pegawai ini.',
    badYear: 'Tahun harus antara {min} dan {max}.',
    resultCount: 'SKP harus memuat 1 sampai {max} rencana hasil kerja.',
    titleLength: 'Rencana hasil kerja ke-{n}: uraian harus {min}–{max} karakter.',
    indicatorCount: 'Rencana hasil kerja ke-{n} harus memiliki 1 sampai {max} indikator.',
    duplicateId: 'Id {id} tercantum lebih dari sekali.',
    indicatorName: 'Indikator ke-{m} dari hasil kerja ke-{n}: nama harus {min}–{max} karakter.',
    badTarget:
      'Indikator ke-{m} dari hasil kerja ke-{n}: target harus lebih dari 0, dengan paling banyak dua angka desimal.',
    unitLength:
      'Indikator ke-{m} dari hasil kerja ke-{n}: satuan wajib diisi, paling banyak {max} karakter.',
    observationRequired: 'Indikator praktik pembelajaran dilaporkan dengan hasil observasi.',
    observationNotPractice: 'Hasil observasi hanya untuk indikator praktik pembelajaran.',
    badRealisation:
      'Realisasi wajib diisi: bilangan tidak negatif dengan paling banyak dua angka desimal.',
    noteLength: 'Catatan paling banyak {max} karakter.',
    tooMuchEvidence: 'Paling banyak {max} bukti dukung per indikator.',
    practiceCode: 'Kode praktik hanya boleh huruf besar, angka dan garis bawah, paling banyak 40.',
    practiceName: 'Nama praktik harus {min}–{max} karakter.',
    practiceNotFound: 'Praktik pembelajaran tidak ditemukan.',
    practiceCodeTaken: 'Kode praktik {code} sudah dipakai.',
    notEditable: 'SKP yang berstatus {status} tidak dapat diubah.',
    badParent:
      'Rencana hasil kerja ke-{n} hanya dapat mendukung rencana hasil kerja atasan langsung Anda pada SKP tahun {year}.',
    noSupervisor:
      'Rencana hasil kerja ke-{n}: Anda tidak memiliki atasan, sehingga tidak ada hasil kerja atasan yang dapat didukung.',
    unknownId: 'Id {id} bukan bagian dari SKP ini.',
    planNotFound: 'SKP tidak ditemukan.',
    empty: 'SKP belum memiliki rencana hasil kerja.',
    noteRequired: 'Catatan wajib diisi bila dikembalikan.',
    notSubmitted:
      'SKP ini berstatus {status}; hanya SKP yang diajukan dapat disetujui atau dikembalikan.',
    notYourDecision: 'Anda tidak berwenang memutuskan ini.',
    templateNotEmpty:
      'SKP tahun {year} sudah berisi atau sudah diajukan; templat hanya dapat dipakai untuk konsep yang masih kosong.',
    alignmentForbidden: 'Anda hanya dapat melihat keselarasan SKP unit yang Anda pimpin.',
    alignForbidden:
      'Hanya pemilik SKP dan atasan langsungnya yang dapat menyelaraskan hasil kerja SKP ini.',
    linkCount: 'Sebutkan 1 sampai {max} hasil kerja yang diselaraskan.',
    badAlignParent:
      'Hasil kerja "{title}" hanya dapat mendukung hasil kerja pada SKP tahun {year} milik atasan langsung pemilik SKP.',
    noSupervisorPlan:
      'Atasan langsung pemilik SKP belum menyusun SKP tahun {year}; keselarasan hasil kerja "{title}" dapat ditambahkan setelah SKP atasan disusun.',
    ownerHasNoSupervisor:
      'Pemilik SKP tidak memiliki atasan, sehingga hasil kerja "{title}" tidak perlu diselaraskan.',
    alreadyAligned:
      'Hasil kerja "{title}" sudah selaras; keselarasannya tidak dapat diubah pada SKP yang {status}.',
    reportNotFound: 'Laporan IKI tidak ditemukan.',
    noApprovedPlan: 'IKI hanya dapat dilaporkan setelah SKP tahun {year} disetujui.',
    unknownIndicator: 'Indikator ini bukan bagian dari SKP Anda yang disetujui.',
    duplicateIndicator: 'Setiap indikator dilaporkan satu kali.',
    missingIndicators:
      'Realisasi setiap indikator wajib dilaporkan; belum ada {missing} indikator.',
    ikiApproved: 'IKI {period} sudah disetujui dan tidak dapat dikirim ulang.',
    reportNotSubmitted:
      'Laporan IKI ini berstatus {status}; hanya laporan yang dikirim dapat disetujui atau dikembalikan.',
    monthClosed: 'Periode {month} sudah ditutup.',
    statuses: {
      DRAFT: 'konsep',
      SUBMITTED: 'diajukan',
      APPROVED: 'disetujui',
      RETURNED: 'dikembalikan',
    },
    reportStatuses: {
      SUBMITTED: 'dikirim',
      APPROVED: 'disetujui',
      RETURNED: 'dikembalikan',
    },
  },
  notifications: {
    tooManyIds: 'Paling banyak {max} notifikasi sekaligus.',
    duplicateKind: 'Jenis notifikasi {kind} disebut lebih dari sekali.',
    dayNotSubmitted: {
      title: 'Aktivitas {date} belum dikirim',
      body: 'Hari kerja {date} telah berakhir, tetapi aktivitas Anda hari itu belum dikirim ke atasan. Lengkapi dan kirim sebelum batas pencatatan.',
    },
    entriesReturned: {
      title: '{count} aktivitas dikembalikan untuk diperbaiki',
      body: '{by} mengembalikan {count} aktivitas Anda (tanggal {dates}). Perbaiki lalu kirim kembali.',
    },
    tasksDue: {
      title: 'Tugas bulanan jatuh tempo {dueDate}',
      body: 'Belum selesai, batas {dueDate}: {tasks}.',
      IKI: 'laporan IKI {period}',
      REVIEW: 'penilaian perilaku 360° {period}',
      RANKING: 'pemeringkatan rekan kerja {period}',
      QUESTIONNAIRE: 'kuesioner “{title}”',
    },
    queueNearEscalation: {
      title: '{count} aktivitas di antrean Anda segera dieskalasi',
      body: '{count} aktivitas bawahan (yang tertua tanggal {oldest}) akan diteruskan ke atasan Anda bila belum diputuskan sampai {escalatesOn}.',
    },
    weeklyDigest: {
      title: 'Ringkasan mingguan {scope} (minggu {weekOf})',
      body: 'Aktivitas menunggu verifikasi: {pendingEntries} (melewati batas: {overdueEntries}). Cuti/izin menunggu keputusan: {pendingLeave}. Laporan IKI menunggu persetujuan: {pendingIki}.',
    },
    email: {
      footer: 'Buka Kinerja: {url}',
      settings:
        'Anda menerima email ini karena pengingat ini aktif di pengaturan notifikasi Kinerja Anda.',
    },
  },
  questionnaires: {
    notFound: 'Kuesioner tidak ditemukan.',
    departmentNotFound: 'Unit sasaran kuesioner tidak ditemukan.',
    notDraft: 'Kuesioner "{title}" sudah dibuka; hanya draf yang dapat diubah atau dihapus.',
    openDeadlinePassed:
      'Batas waktu kuesioner ini ({deadline}) sudah lewat; ubah batas waktunya sebelum membukanya.',
    closed:
      'Batas waktu kuesioner ini ({deadline}) sudah lewat; jawaban tidak dapat lagi dikirim atau diubah.',
    titleRequired: 'Judul kuesioner wajib diisi.',
    titleTooLong: 'Judul kuesioner paling banyak {max} karakter.',
    descriptionTooLong: 'Keterangan kuesioner paling banyak {max} karakter.',
    badPeriod: 'Periode "{value}" tidak valid; gunakan format TTTT-BB, misalnya 2026-11.',
    deadlineBeforePeriod:
      'Batas waktu {deadline} sebelum periode {period}; batas waktu harus di dalam atau sesudah periodenya.',
    deadlinePast: 'Batas waktu {deadline} sudah lewat (hari ini {today}).',
    departmentRequired: 'Pilih unit yang menjadi sasaran kuesioner.',
    positionKindRequired: 'Pilih jenis jabatan yang menjadi sasaran kuesioner.',
    noQuestions: 'Kuesioner harus berisi paling sedikit satu pertanyaan.',
    tooManyQuestions: 'Kuesioner paling banyak berisi {max} pertanyaan.',
    questionTextRequired: 'Teks pertanyaan {n} wajib diisi.',
    questionTextTooLong: 'Teks pertanyaan {n} paling banyak {max} karakter.',
    optionCount: 'Pertanyaan {n} harus memiliki {min} sampai {max} pilihan.',
    optionEmpty: 'Pilihan pada pertanyaan {n} tidak boleh kosong.',
    optionTooLong: 'Pilihan pada pertanyaan {n} paling banyak {max} karakter.',
    optionDuplicate: 'Pilihan "{option}" muncul lebih dari sekali pada pertanyaan {n}.',
    scaleBounds:
      'Skala pertanyaan {n} harus berupa bilangan bulat antara {min} dan {max}, dengan nilai terendah di bawah nilai tertinggi.',
    scaleLabelTooLong: 'Label skala pertanyaan {n} paling banyak {max} karakter.',
    answerUnknownQuestion: 'Jawaban merujuk pertanyaan yang bukan bagian kuesioner ini ({id}).',
    answerDuplicate: 'Pertanyaan {n} dijawab lebih dari sekali.',
    answerWrongKind: 'Jawaban pertanyaan {n} tidak sesuai dengan jenis pertanyaannya.',
    answerScaleRange: 'Jawaban pertanyaan {n} harus bilangan bulat antara {min} dan {max}.',
    answerSingleChoice: 'Pertanyaan {n} harus dijawab dengan tepat satu pilihan.',
    answerNotAnOption: '"{option}" bukan salah satu pilihan pertanyaan {n}.',
    answerChoiceTwice: 'Pilihan pada pertanyaan {n} dipilih lebih dari sekali.',
    answerTextTooLong: 'Jawaban pertanyaan {n} paling banyak {max} karakter.',
    answerRequired: 'Pertanyaan {n} wajib dijawab.',
    export: {
      summary: 'Ringkasan',
      answers: 'Jawaban',
      number: 'No',
      question: 'Pertanyaan',
      kind: 'Jenis',
      answered: 'Dijawab',
      average: 'Rata-rata',
      option: 'Pilihan / nilai',
      count: 'Jumlah',
      respondent: 'Responden',
      nip: 'NIP',
      name: 'Nama',
      submittedAt: 'Dikirim',
    },
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
  activities: {
    entryNotFound: 'Activity not found.',
    badTime: 'Time "{value}" is not valid; use HH:mm, e.g. 07:30.',
    endBeforeStart: 'The end time must be after the start time.',
    future: 'An activity cannot be logged for a time that has not happened yet.',
    backdating: 'Activities of {date} can no longer be logged (limit: {days} days after the date).',
    monthDeadline: 'Logging for {month} closed on {deadline}.',
    periodClosed: 'The period {month} is closed; its activities cannot change.',
    itemNotFound: 'Activity item not found.',
    itemNotApplicable:
      'Activity item "{item}" does not apply to your position or is not published.',
    evidenceRequired: 'Activity item "{item}" requires evidence.',
    overlap: 'The time overlaps another activity at {start}–{end} ({item}).',
    notEditable:
      'An activity with status {status} cannot be changed or deleted; only drafts and returned ones can.',
    notOwner: 'You can only change your own activities.',
    nothingToSubmit: 'There are no draft activities on {date} to submit.',
    rangeTooLong: 'The date range may be at most {days} days.',
    rangeReversed: 'The end date cannot be before the start date.',
    scheduleNotFound: 'Schedule not found.',
    skipOverlap: 'overlaps an existing activity',
    skipNotApplicable: 'the activity item no longer applies',
    skipEvidence: 'the activity item requires evidence; add it after copying',
    overlapAny: 'The time overlaps another activity.',
  },
  evidence: {
    fileMissing: 'No file was sent. Send the file as multipart/form-data in the "file" field.',
    empty: 'The file sent is empty.',
    tooLarge: 'The file is too large; the limit is {maxMb} MB.',
    unsupportedType:
      'This type of file ({detected}) is not accepted. Upload a JPEG, PNG or WebP photo, or a PDF, DOCX or XLSX document.',
    unknownType: 'unknown',
    extensionMismatch:
      'The file’s content does not match its name: the name ends in ".{extension}" but the content is of type {detected}. Check that you picked the right file.',
    unreadableImage: 'The image cannot be read; the file may be damaged.',
    imageTooLarge: 'The image resolution is too large (at most {megapixels} megapixels).',
    notFound: 'Evidence not found.',
    notUsable: 'Evidence not found or not yours.',
    tooManyIds: 'At most {max} pieces of evidence at a time.',
    linkInvalid: 'The link is not valid: write the full address starting with http:// or https://.',
    linkScheme: 'Only http:// or https:// links can be used as evidence.',
    linkCredentials: 'The link must not contain a user name or password.',
    linkTooLong: 'The link is too long (at most {max} characters).',
    linkTitleTooLong: 'The link title is too long (at most {max} characters).',
  },
  verification: {
    entryNotFound: 'Activity not found.',
    notYours:
      'You may not verify this activity: only the direct supervisor (including an acting Plt/Plh), their own supervisor after the escalation limit, or an admin for the top of the hierarchy may; never your own.',
    notSubmitted: 'The activity is {status}; only submitted activities can be verified.',
    noteRequired: 'A reason is required to reject or return an activity.',
    noEntries: 'Select at least one activity.',
    tooMany: 'At most {max} activities at a time.',
    rangeReversed: 'The end date cannot be before the start date.',
    rangeTooLong: 'The date range may be at most {days} days.',
    statsForbidden:
      'You can only see the verification statistics of yourself or of supervisors below you.',
  },
  activityBank: {
    itemNotFound: 'Activity item not found.',
    codeTaken: 'Activity item code "{code}" is already in use.',
    invalidCode: '{field} may only contain letters, digits, ".", "-", "_" and "/"',
    outsideScope: 'This activity item is outside your department.',
    departmentScope:
      'A department admin can only propose items for units or positions of their own department (without position kinds).',
    notEditable: 'An activity item with status {status} can only be changed by the agency admin.',
    badTransition: 'An activity item with status {status} cannot be {action}.',
    action: {
      publish: 'published',
      reject: 'rejected',
      retire: 'retired',
    },
    reasonRequired: 'A rejection reason is required (at least {min} characters).',
    notApplicable: 'This activity item is not published or does not apply to your position.',
    importEmpty: 'The file is empty or has no data rows.',
    importHeader: 'Required columns missing from the header row: {columns}.',
    importUnreadable: 'The file cannot be read as {format}: {details}',
    importTooLarge: 'The file may have at most {max} rows.',
    required: 'Column {field} is required.',
    duplicateCode: 'Code "{code}" already appears on line {line}.',
    badMinutes: 'Standard minutes "{value}" must be a whole number from 1 to 1440.',
    badCategory: 'Unknown category "{value}"; use MAIN/UTAMA or ADDITIONAL/TAMBAHAN.',
    badPositionKind: 'Unknown position kind "{value}"; use STRUCTURAL, FUNCTIONAL or EXECUTOR.',
    unknownUnit: 'Unit code "{code}" not found.',
    unknownPosition: 'Position "{id}" not found.',
    badBoolean: 'Value "{value}" in column {field} must be yes/no (ya/tidak) or true/false.',
    badStatus: 'You cannot import status "{value}" for this item.',
  },
  attendance: {
    photoNotImage: 'The attendance selfie must be a photo (JPEG, PNG or WebP).',
    photoUsed: 'This selfie was already used for another check; take a new photo.',
    alreadyCheckedIn: 'You have already checked in on {date}.',
    checkedOut: 'You have already checked out on {date}; a check-in can no longer be recorded.',
    checkOutNotLater: 'A later check-out is already recorded.',
    recordNotFound: 'Attendance record not found.',
    notYoursToAccept:
      'Only this employee’s supervisors or an admin in scope may accept a check made outside the allowed places.',
    nothingToAccept: 'This check is not outside the allowed places; there is nothing to accept.',
    periodClosed: 'The period {month} is closed; its attendance can no longer change.',
    teamForbidden: 'You may not see the attendance of the people in this unit.',
    importUnknownNip: 'Unknown NIP.',
    importOutsideScope: 'This employee is outside your admin scope.',
    importBadTimestamp:
      'Invalid time; use ISO 8601 with an offset (2026-11-20T07:45:00+07:00) or "YYYY-MM-DD HH:mm[:ss]".',
    importFuture: 'The time is in the future.',
    importPeriodClosed: 'That month’s period is closed.',
    importUnreadable: 'The CSV file cannot be read: {details}',
    importEmpty: 'The CSV file is empty or has no data rows.',
    importHeader: 'Required columns missing from the header row: {columns}.',
    importTooLarge: 'A file may hold at most {max} rows.',
    cause: {
      late: 'late by {minutes} min',
      early: 'left {minutes} min early',
      noCheckIn: 'no check-in',
      noCheckOut: 'no check-out',
      checkInOutside:
        'check-in at {time} outside the allowed places (not accepted by a supervisor)',
      checkOutOutside:
        'check-out at {time} outside the allowed places (not accepted by a supervisor)',
      absent: 'absent without notice',
    },
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
  calendar: {
    patternNotFound: 'Work pattern not found.',
    patternCodeTaken: 'The work pattern code "{code}" is already in use.',
    patternInUse:
      'This work pattern is still used by {units} units and {periods} special periods; release it first.',
    patternIsDefault:
      "The agency's default pattern cannot be deleted; make another pattern the default first.",
    defaultRequired:
      'The agency needs one default pattern; make another pattern the default first.',
    noDays: 'A work pattern needs at least one working day.',
    duplicateWeekday: 'Weekday {weekday} is listed more than once.',
    badTime: 'The time "{value}" is not valid; use HH:mm, e.g. 07:30.',
    endBeforeStart: 'On weekday {weekday} the end time must be after the start time.',
    breakTooLong: 'On weekday {weekday} the break must be shorter than the working hours.',
    specialPeriodNotFound: 'Special period not found.',
    samePattern: 'The replacement pattern must differ from the pattern it replaces.',
    holidayNotFound: 'There is no holiday on {date}.',
    holidayTaken: '{date} is already a holiday.',
    badMonth: 'The month "{value}" is not valid; use YYYY-MM, e.g. 2026-11.',
    badDate: 'The date "{value}" is not valid; use YYYY-MM-DD.',
    badYear: 'The year {value} is not valid.',
    badKind:
      'Unknown holiday kind "{value}"; use NATIONAL/LIBUR_NASIONAL or COLLECTIVE_LEAVE/CUTI_BERSAMA.',
    duplicateDate: 'The date {date} is already on line {line}.',
    rangeReversed: 'The end date cannot be before the start date.',
    rangeTooLong: 'The date range may be at most {days} days.',
    importEmpty: 'The CSV file is empty or has no data rows.',
    importHeader: 'Required columns are missing from the header row: {columns}.',
  },
  roster: {
    notEditor: 'You may not change the roster of this unit.',
    notReader: 'You may not see the roster of this unit.',
    shiftNotFound: 'Shift not found.',
    codeTaken: 'The shift code "{code}" is already used in this unit.',
    badCode: 'The shift code "{value}" is not valid; use 1–4 letters or digits.',
    nameRequired: 'The shift needs a name.',
    sameTimes: 'A shift must end at another time than it starts.',
    unitFixed: 'A shift cannot move to another unit.',
    tooManyCells: 'At most {max} roster cells can be saved at once.',
    shiftAndDayOff: 'The cell of {date} holds both a shift and a day off; choose one.',
    duplicateCell: 'The same employee is listed more than once on {date}.',
    notInUnit: 'This employee does not belong to the unit.',
    shiftNotInUnit: 'This shift is not an active shift of the unit.',
    monthClosed: 'The period {month} is closed; its roster cannot be changed.',
    notMonday: '{date} is not a Monday.',
    sameWeek: 'The target week must differ from the source week.',
    rangeTooLong: 'A roster covers at most {days} days.',
    importEmpty: 'The roster file is empty or has no data rows.',
    importTooLarge: 'A roster file holds at most {max} rows.',
    importHeader: 'Required columns missing from the header row: {columns}.',
    importUnknownNip: 'NIP {nip} is unknown or not an employee of this unit.',
    importBadDate: 'The date "{value}" is not valid; use YYYY-MM-DD.',
    importUnknownCode: 'The shift code "{code}" is unknown in this unit (use L for a day off).',
    importDuplicate: 'This employee and date already appear on row {line}.',
  },
  places: {
    locationNotFound: 'Office location not found.',
    home: 'Home (working from home)',
    travelDestination: 'Official travel destination',
  },
  leave: {
    kinds: {
      ANNUAL: 'annual leave',
      SICK: 'sick leave',
      IMPORTANT_REASONS: 'leave for important reasons',
      MATERNITY: 'maternity leave',
      BIG: 'big leave',
      UNPAID: 'unpaid leave',
      PERMIT_LATE: 'permit to arrive late',
      PERMIT_EARLY: 'permit to leave early',
      OFFICIAL_TRAVEL: 'official travel',
      WORK_FROM_HOME: 'work from home',
    },
    statuses: {
      PENDING: 'pending',
      APPROVED: 'approved',
      REJECTED: 'rejected',
      CANCELLED: 'cancelled',
    },
    requestNotFound: 'Request not found.',
    reasonRequired: 'A reason is required.',
    endBeforeStart: 'The end date cannot be before the start date.',
    oneDate: 'Permits and half days are for one date only.',
    halfDayTravelOnly: 'Half days apply to official travel only.',
    timeRequired:
      'Give the time: when you will arrive for a permit to arrive late, when you will leave for a permit to leave early.',
    badTime: 'Time "{value}" is not valid; use HH:mm, e.g. 09:30.',
    timeNotAllowed: 'A time is only given for a permit to arrive late or leave early.',
    timeOutside: 'The time must lie within that day’s working hours ({start}–{end}).',
    destinationRequired: 'Official travel needs a destination.',
    destinationNotAllowed: 'A destination is only given for official travel.',
    coordinatesPair: 'Give both the latitude and the longitude of the destination, or neither.',
    coordinatesRange: 'Latitude must be between −90 and 90, longitude between −180 and 180.',
    annualOneYear: 'Annual leave cannot span the turn of a year; make one request per year.',
    tooLong: 'A request for {kind} lasts at most {months} months.',
    backdating: 'Requests may go back at most {days} days (from {date}).',
    periodClosed: 'The month {month} is closed; requests for it cannot be made or changed.',
    noWorkingDay: 'These dates contain no working day.',
    notWorkingDay: '{date} is not a working day.',
    serviceUnknown: 'Your years of service cannot be read from your NIP. Contact the HR admin.',
    serviceYears: 'Taking {kind} needs {years} years of service (reached on {date}).',
    attachmentRequired: 'Sick leave of more than one working day needs a doctor’s letter.',
    balance:
      'Not enough annual leave left in {year}: {days} working days requested, {remaining} left.',
    overlap: 'It clashes with a request for {kind} from {start} to {end}.',
    overlapAny: 'Another request already covers those dates.',
    notOwner: 'Only the requester may cancel this request.',
    notCancellable:
      'A request that is {status} cannot be cancelled; an approved one only before it begins.',
    noRequests: 'Choose at least one request.',
    tooMany: 'At most {max} requests at once.',
    noteRequired: 'A reason is required to reject a request.',
    notYours:
      'You may not decide this request: only the direct supervisor (Plt/Plh included), their supervisor after the escalation limit, or an admin for the top of the hierarchy; never your own.',
    notPending: 'The request is already {status}; only pending requests can be decided.',
    readForbidden:
      'Requests and leave balances are visible to the employee, their supervisors and admins only.',
    badYear: 'The year must be between {min} and {max}.',
  },
  department: {
    forbidden:
      'Only executives, agency admins and department admins can see department performance.',
    outsideScope: 'This unit is outside the department you administer.',
    badPeriod: 'The period "{value}" is not valid; use YYYY-MM, for example 2026-11.',
    export: {
      sheet: 'Department Performance',
      rank: 'Rank',
      code: 'Code',
      name: 'Department',
      headCount: 'Employees',
      meetingTargetCount: 'Meeting Target',
      shareMeetingTarget: 'Meeting Target (%)',
      meanAchievement: 'Mean Achievement (%)',
      meanDiscipline: 'Mean Discipline (%)',
      pendingEntries: 'Entries Awaiting Verification',
      oldestPendingAgeDays: 'Oldest Waiting (days)',
      approvedMinutes: 'Approved Minutes',
      workingMinutes: 'Working Minutes',
      workloadPercent: 'Workload (%)',
      tppTotal: 'TPP Total',
      tppBudget: 'TPP Budget',
      tppShareOfBudget: 'TPP of Budget (%)',
      agency: 'Whole agency',
    },
  },
  reports: {
    badPeriod: 'Period "{value}" is not valid; use the format YYYY-MM.',
    teamForbidden: 'You may not read the performance reports of the employees of this unit.',
    recapOutsideScope: 'The TPP recap of this unit is outside your admin scope.',
    rating: {
      ABOVE: 'above expectations',
      AS_EXPECTED: 'as expected',
      BELOW: 'below expectations',
    },
    recap: {
      sheet: 'TPP Recap',
      nip: 'NIP',
      name: 'Name',
      position: 'Position',
      jobClass: 'Job Class',
      unit: 'Unit',
      base: 'TPP Base',
      proratedBase: 'Pro-rated Base',
      achievement: 'Achievement (%)',
      discipline: 'Discipline (%)',
      performancePart: 'Performance Part',
      disciplinePart: 'Discipline Part',
      otherCuts: 'Other Cuts',
      total: 'TPP Total',
      unitTotal: 'Total {unit}',
      grandTotal: 'Grand Total',
      noUnit: '(no unit)',
    },
    explanation: {
      main: 'Approved main-duty minutes: {minutes} from {count} entries',
      additional: 'Approved additional minutes: {minutes} from {count} entries',
      aboveDailyCap:
        '{minutes} approved minutes above the daily cap of {cap} minutes on {days} days, not credited (main duties credited first)',
      targetGross: '{days} working days × daily minimum {minimum} minutes = {minutes} minutes',
      targetFixed: 'Fixed target {minutes} minutes',
      excused: 'Excused time {minutes} minutes for {days} days of leave',
      target: 'Target {minutes} minutes',
      additionalCounted: 'Additional minutes counted: {minutes} (up to {cap}% of the target)',
      achievement: 'Achievement {percent}% = min(100, ({main} + {additional}) ÷ {target} × 100)',
      achievementNoTarget: 'Achievement 100.00% (target 0: the whole month excused)',
      daysUnderMinimum: '{days} working days under the daily minimum of {minimum} minutes',
      negativeActivities: '{count} rejected entries, {minutes} minutes (no deduction)',
      deduction: '{code} on {date} ({cause}): −{percent}%',
      discipline: 'Discipline {percent}% = max(0, 100 − {deduction}%) from {count} violations',
      iki: 'IKI {percent}%',
      skp: 'SKP {percent}% so far this year',
      behaviour: 'Behaviour score {percent}% (360° review)',
      peerStanding: 'Standing among peers: percentile {percentile}',
      workResultIki:
        'Work result {rating}: IKI {iki}% (above expectations from {above}, as expected from {asExpected})',
      workResultAchievement:
        'Work result {rating}: no IKI yet, rated by achievement {achievement}% (below expectations under {below})',
      behaviourNone: 'Behaviour {rating}: no behaviour score yet',
      behaviourScore: 'Behaviour {rating}: score {score}%',
      predicate: 'Predikat {predicate} (work result {workResult}, behaviour {behaviour})',
      tppNone: 'No TPP: the regional head receives none',
      tppBase: 'TPP base {amount}',
      tppProrated: 'Base pro-rated for {days} of {working} working days: {amount}',
      tppPerformance: 'Performance part {amount} = {base} × {weight}% × {score}%',
      tppDiscipline: 'Discipline part {amount} = {base} × {weight}% × {score}%',
      cutSanction: 'Disciplinary sanction: {percent}%, {amount}',
      cutSickLeave: 'Sick leave beyond {free} working days: {percent}%, {amount}',
      cutBigLeave: 'Big leave: {percent}%, {amount}',
      tppOtherCuts: 'Other cuts {amount} = {percent}% of {parts}',
      tppTotal: 'TPP {total} = {performance} + {discipline} − {cuts}',
    },
  },
  reviews: {
    notAssigned: 'You are not assigned to rate this employee in {month}.',
    valueDuplicate:
      'The value {value} is rated more than once; rate each BerAKHLAK value exactly once.',
    valuesMissing: 'Each BerAKHLAK value must be rated exactly once; not rated yet: {missing}.',
    scoreRange: 'The score of {value} must be a whole number from 1 to 10, not {score}.',
    commentTooLong: 'A comment may have at most {max} characters.',
    noRankingTask: 'You have no peer ranking to do in {month}.',
    rankingSelf: 'You cannot include yourself in the ranking of your coworkers.',
    rankingDuplicate: 'Employee {id} appears more than once in the ranking.',
    rankingNotAssigned:
      'Employee {id} is not one of the {size} coworkers assigned to you; rank exactly the coworkers assigned.',
    rankingMissing:
      'The ranking must hold all {size} coworkers assigned to you; {missing} are not ranked yet.',
    bestNotInSet: 'The best coworker must be one of the coworkers assigned to you.',
    resultsForbidden:
      'The peer-ranking results of this unit are for its supervisors, admins and executives only.',
  },
  tasks: {
    monthClosed:
      'The period {month} is closed: its monthly tasks (due {due}) can no longer be submitted or changed.',
    notStarted: 'The month {month} has not begun; its monthly tasks cannot be filled in yet.',
  },
  periods: {
    badMonth: 'Period "{value}" is not valid; use the format YYYY-MM.',
    notOver: 'The month {month} has not ended yet; a period can be closed only after its month.',
    beforeClosingDay:
      'The month {month} can be closed after its closing date {date}; to close it earlier, force it and give a reason.',
    reasonRequired: 'A reason is required.',
    reasonTooLong: 'The reason may be at most {max} characters.',
    alreadyClosed: 'The period {month} is already closed.',
    notClosed: 'The period {month} is not closed.',
  },
  policy: {
    versionNotFound: 'Policy version not found.',
    pastDate:
      'The effective date {date} has passed: past policy cannot be changed. A new version takes effect today ({today}) at the earliest.',
    inForce:
      'The version effective {date} is already in force and cannot be changed; add a new version with a future effective date.',
    beforeLatest:
      'A version effective {latest} already exists; a new version must take effect after that date (or on the same date, to replace it while it is not yet in force), not {date}.',
    range: '{field} must be a whole number between {min} and {max}.',
    capBelowMinimum:
      'The daily credited cap ({cap} minutes) may not be lower than the daily minimum ({minimum} minutes).',
    deadlinesOrder:
      'The deadlines must be in order: activity entry (day {entry}) ≤ verification (day {verification}) ≤ closing the period (day {closing}).',
    weightsSum:
      'The performance weight ({performance}%) and the discipline weight ({discipline}%) must add up to 100%.',
    raterWeightsSum: 'The rater weights ({field}: {kinds}) must add up to 100%.',
    tasksAfterClosing:
      'The monthly tasks’ due day ({due}) may not be after the closing day ({closing}).',
    peerGroup: 'Unknown peer group "{value}"; choose DEPARTMENT or UNIT.',
    fixedTargetRequired:
      'A fixed monthly target (minutes) is required when the target mode is FIXED.',
    deductionUnknown: 'Unknown violation code "{code}"; use TL1–TL4, PSW1–PSW4 or TK.',
    deductionDuplicate: 'The deduction for {code} is listed more than once.',
    deductionPercent:
      'The deduction for {code} must be between 0 and 100 percent, with at most two decimals.',
    deductionsIncomplete: 'Every violation code needs a deduction; missing: {missing}.',
    tppJobClass: 'Job class {jobClass} does not exist; use classes 1 to 17.',
    tppDuplicate: 'The TPP base of job class {jobClass} is listed more than once.',
    tppAmount:
      'The TPP base of job class {jobClass} must be a whole, non-negative rupiah amount (at most 1,000,000,000).',
    tppIncomplete: 'Every job class 1–17 needs a TPP base; missing classes: {missing}.',
    thresholdRange: 'The threshold {field} must be between 0 and {max}, with at most two decimals.',
    thresholdsOrder: 'The threshold {upper} must be higher than the threshold {lower}.',
    agencyAdminOnly: 'Only the agency admin may change {field}.',
    employmentDates: 'The leaving date may not be before the joining date.',
    sanctionNotFound: 'Disciplinary sanction not found.',
    badMonth: 'Month "{value}" is not valid; use the format YYYY-MM, e.g. 2026-11.',
    monthsReversed:
      'The sanction’s last month ({end}) may not be before its first month ({start}).',
    reasonRequired:
      'A reason (the basis of the sanction decision) is required, at most {max} characters.',
    sanctionClosedMonth:
      'The period {month} is closed; reopen it before changing a sanction that applies to that month.',
  },
  plans: {
    readForbidden: 'You may not see this employee’s plan and IKI.',
    badYear: 'The year must be between {min} and {max}.',
    resultCount: 'A plan holds 1 to {max} planned results.',
    titleLength: 'Planned result {n}: the title must be {min}–{max} characters.',
    indicatorCount: 'Planned result {n} must have 1 to {max} indicators.',
    duplicateId: 'Id {id} is given more than once.',
    indicatorName: 'Indicator {m} of result {n}: the name must be {min}–{max} characters.',
    badTarget:
      'Indicator {m} of result {n}: the target must be greater than 0, with at most two decimal places.',
    unitLength: 'Indicator {m} of result {n}: a unit is required, at most {max} characters.',
    observationRequired: 'A teaching-practice indicator is reported by an observation.',
    observationNotPractice: 'Observations are only for teaching-practice indicators.',
    badRealisation:
      'A realisation is required: a non-negative number with at most two decimal places.',
    noteLength: 'A note may have at most {max} characters.',
    tooMuchEvidence: 'At most {max} pieces of evidence per indicator.',
    practiceCode:
      'A practice code may only hold capital letters, digits and underscores, at most 40.',
    practiceName: 'A practice name must be {min}–{max} characters.',
    practiceNotFound: 'Teaching practice not found.',
    practiceCodeTaken: 'The practice code {code} is already used.',
    notEditable: 'A plan that is {status} cannot be changed.',
    badParent:
      'Planned result {n} may only support a result of your direct supervisor’s plan of {year}.',
    noSupervisor:
      'Planned result {n}: you have no supervisor, so there is no supervisor’s result to support.',
    unknownId: 'Id {id} is not part of this plan.',
    planNotFound: 'Plan not found.',
    empty: 'The plan has no planned results yet.',
    noteRequired: 'A note is required when returning.',
    notSubmitted: 'This plan is {status}; only a submitted plan can be approved or returned.',
    notYourDecision: 'You may not decide this.',
    templateNotEmpty:
      'The plan of {year} already has content or was submitted; the template only fills an empty draft.',
    alignmentForbidden: 'You may only see the alignment of units you head.',
    alignForbidden:
      'Only the plan’s owner and their direct supervisor may align this plan’s results.',
    linkCount: 'Name 1 to {max} results to align.',
    badAlignParent:
      'Result "{title}" may only support a result of the {year} plan of the owner’s direct supervisor.',
    noSupervisorPlan:
      'The owner’s direct supervisor has no plan for {year} yet; result "{title}" can be aligned once that plan exists.',
    ownerHasNoSupervisor:
      'The plan’s owner has no supervisor, so result "{title}" needs no alignment.',
    alreadyAligned:
      'Result "{title}" is already aligned; its alignment cannot be changed on a plan that is {status}.',
    reportNotFound: 'IKI report not found.',
    noApprovedPlan: 'IKI can only be reported once the plan of {year} is approved.',
    unknownIndicator: 'This indicator is not part of your approved plan.',
    duplicateIndicator: 'Each indicator is reported once.',
    missingIndicators: 'Every indicator’s realisation must be reported; {missing} missing.',
    ikiApproved: 'The IKI of {period} is approved and cannot be sent again.',
    reportNotSubmitted:
      'This IKI report is {status}; only a submitted report can be approved or returned.',
    monthClosed: 'The period {month} is closed.',
    statuses: {
      DRAFT: 'a draft',
      SUBMITTED: 'submitted',
      APPROVED: 'approved',
      RETURNED: 'returned',
    },
    reportStatuses: {
      SUBMITTED: 'submitted',
      APPROVED: 'approved',
      RETURNED: 'returned',
    },
  },
  notifications: {
    tooManyIds: 'At most {max} notifications at once.',
    duplicateKind: 'The notification kind {kind} is given more than once.',
    dayNotSubmitted: {
      title: 'Activities of {date} not submitted',
      body: 'Your working day of {date} has ended, but its activities were not submitted to your supervisor. Complete and submit them before the recording deadline.',
    },
    entriesReturned: {
      title: '{count} activities returned for revision',
      body: '{by} returned {count} of your activities (dated {dates}). Revise and submit them again.',
    },
    tasksDue: {
      title: 'Monthly tasks due {dueDate}',
      body: 'Not done yet, due {dueDate}: {tasks}.',
      IKI: 'the IKI report of {period}',
      REVIEW: 'the 360° behaviour reviews of {period}',
      RANKING: 'the peer ranking of {period}',
      QUESTIONNAIRE: 'the questionnaire “{title}”',
    },
    queueNearEscalation: {
      title: '{count} activities in your queue escalate soon',
      body: '{count} activities of your team (the oldest dated {oldest}) go to your supervisor unless decided by {escalatesOn}.',
    },
    weeklyDigest: {
      title: 'Weekly digest of {scope} (week of {weekOf})',
      body: 'Activities awaiting verification: {pendingEntries} (overdue: {overdueEntries}). Leave and permits awaiting decision: {pendingLeave}. IKI reports awaiting approval: {pendingIki}.',
    },
    email: {
      footer: 'Open Kinerja: {url}',
      settings:
        'You receive this email because this reminder is on in your Kinerja notification settings.',
    },
  },
  questionnaires: {
    notFound: 'Questionnaire not found.',
    departmentNotFound: 'The questionnaire’s target unit was not found.',
    notDraft:
      'The questionnaire "{title}" is already open; only a draft can be changed or deleted.',
    openDeadlinePassed:
      'This questionnaire’s deadline ({deadline}) has passed; change the deadline before opening it.',
    closed:
      'This questionnaire’s deadline ({deadline}) has passed; answers can no longer be sent or changed.',
    titleRequired: 'The questionnaire needs a title.',
    titleTooLong: 'The title has at most {max} characters.',
    descriptionTooLong: 'The description has at most {max} characters.',
    badPeriod: 'The period "{value}" is not valid; use YYYY-MM, e.g. 2026-11.',
    deadlineBeforePeriod:
      'The deadline {deadline} is before the period {period}; it must be within or after the period.',
    deadlinePast: 'The deadline {deadline} has passed (today is {today}).',
    departmentRequired: 'Choose the unit the questionnaire targets.',
    positionKindRequired: 'Choose the position kind the questionnaire targets.',
    noQuestions: 'A questionnaire needs at least one question.',
    tooManyQuestions: 'A questionnaire has at most {max} questions.',
    questionTextRequired: 'Question {n} needs a text.',
    questionTextTooLong: 'Question {n} has at most {max} characters.',
    optionCount: 'Question {n} needs {min} to {max} options.',
    optionEmpty: 'The options of question {n} may not be empty.',
    optionTooLong: 'An option of question {n} has at most {max} characters.',
    optionDuplicate: 'The option "{option}" appears more than once in question {n}.',
    scaleBounds:
      'The scale of question {n} must be whole numbers between {min} and {max}, the lowest below the highest.',
    scaleLabelTooLong: 'A scale label of question {n} has at most {max} characters.',
    answerUnknownQuestion:
      'An answer refers to a question that is not part of this questionnaire ({id}).',
    answerDuplicate: 'Question {n} is answered more than once.',
    answerWrongKind: 'The answer to question {n} does not fit the kind of question.',
    answerScaleRange: 'The answer to question {n} must be a whole number between {min} and {max}.',
    answerSingleChoice: 'Question {n} takes exactly one choice.',
    answerNotAnOption: '"{option}" is not one of the options of question {n}.',
    answerChoiceTwice: 'An option of question {n} is chosen more than once.',
    answerTextTooLong: 'The answer to question {n} has at most {max} characters.',
    answerRequired: 'Question {n} must be answered.',
    export: {
      summary: 'Summary',
      answers: 'Answers',
      number: 'No',
      question: 'Question',
      kind: 'Kind',
      answered: 'Answered',
      average: 'Average',
      option: 'Option / value',
      count: 'Count',
      respondent: 'Respondent',
      nip: 'NIP',
      name: 'Name',
      submittedAt: 'Submitted',
    },
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
