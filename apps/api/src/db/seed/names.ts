// Pools of Indonesian personal names for the demo city, grouped by regional and religious
// tradition so the generated staff list looks like a real city government's. Pure data plus a
// deterministic builder: all randomness comes from the caller's seeded generator.

export type Sex = 'M' | 'F';
export type Religion = 'MUSLIM' | 'CHRISTIAN' | 'HINDU' | 'OTHER';

/** The part of a seeded random generator the name builder needs. */
export interface Picker {
  /** A float in [0, 1). */
  next(): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

export interface PersonName {
  /** The plain name, without academic or religious titles. */
  full: string;
  /** Given-name part used for the e-mail address. */
  first: string;
  /** Family-name part used for the e-mail address. */
  last: string;
  religion: Religion;
}

interface Pools {
  first: readonly string[];
  last: readonly string[];
  /** Chance of a second given name ("Eko Budi Santoso"). */
  middleChance: number;
}

interface Group {
  weight: number;
  religion: Religion;
  /** Balinese names start with a birth-order prefix ("I Wayan", "Ni Made"). */
  balinese?: boolean;
  male: Pools;
  female: Pools;
}

/** Comma-separated names, split; several arguments are joined (keeps the pools compact). */
function list(...chunks: string[]): readonly string[] {
  return chunks.flatMap((chunk) => chunk.split(',').map((name) => name.trim()));
}

/** Given names that are almost never used alone and always take a second given name. */
const NEEDS_MIDDLE = new Set(list('Andi, Muhammad, Ahmad, Siti, Sitti, Nur, Nurul'));

const GROUPS: readonly Group[] = [
  {
    // Javanese
    weight: 28,
    religion: 'MUSLIM',
    male: {
      first: list(
        'Agus, Budi, Bambang, Joko, Wahyu, Eko, Hadi, Teguh, Yudi, Bayu, Dimas, Gilang',
        'Aris, Heru, Sigit, Didik, Hari, Tri, Dwi, Arief, Fajar, Galih, Anton, Yoga',
        'Adi, Priyo, Bagus, Slamet, Rudi, Setyo',
      ),
      last: list(
        'Santoso, Prasetyo, Wibowo, Susanto, Nugroho, Setiawan, Purnomo, Kurniawan',
        'Saputra, Pratama, Haryanto, Suryadi, Raharjo, Utomo, Sulistyo, Hartono',
        'Wicaksono, Handoko, Pamungkas, Cahyono, Widodo, Sutrisno, Wibisono, Sugiarto',
        'Kuncoro',
      ),
      middleChance: 0.3,
    },
    female: {
      first: list(
        'Sri, Endang, Rina, Wulan, Ayu, Retno, Dewi, Yuni, Ratna, Puji, Rini, Tutik',
        'Indah, Fitri, Ani, Dian, Novita, Ika, Lina, Erna, Yuli, Desi, Anik, Tri, Dwi',
        'Kartika, Setyaning, Diah',
      ),
      last: list(
        'Lestari, Rahayu, Wahyuni, Handayani, Kusumawati, Astuti, Suryani, Utami',
        'Pertiwi, Maharani, Anggraini, Wulandari, Purwaningsih, Setyowati, Rahmawati',
        'Susilowati, Ningsih, Kartikasari, Permatasari, Puspitasari, Wahyuningsih',
        'Sulistyowati, Widyastuti',
      ),
      middleChance: 0.3,
    },
  },
  {
    // Sundanese
    weight: 14,
    religion: 'MUSLIM',
    male: {
      first: list(
        'Asep, Dadang, Ujang, Cecep, Dede, Ade, Yayat, Iwan, Deden, Aep, Hendra, Yana',
        'Dodi, Encep, Agus, Ridwan, Jajang, Opik',
      ),
      last: list(
        'Sumarna, Suherman, Permana, Hermawan, Gunawan, Kusnadi, Ruhiyat, Sudrajat',
        'Suryana, Nurdin, Mulyana, Sopian, Hidayat, Firmansyah, Ramdani, Kurniadi',
        'Somantri, Setiadi',
      ),
      middleChance: 0.15,
    },
    female: {
      first: list(
        'Euis, Neneng, Cucu, Imas, Nining, Yeni, Lilis, Iis, Enok, Wiwin, Tini, Elis',
        'Yanti, Nenden, Rina, Dewi, Siti',
      ),
      last: list(
        'Nurhayati, Kurniasih, Komalasari, Sumiati, Rosmiati, Mulyani, Maryani',
        'Sukaesih, Rohaeti, Hasanah, Nuraeni, Fitriani, Marlina, Herawati, Sundari',
      ),
      middleChance: 0.15,
    },
  },
  {
    // Muslim names of Arabic origin, common across the archipelago
    weight: 12,
    religion: 'MUSLIM',
    male: {
      first: list(
        'Muhammad, Ahmad, Abdul, Rizki, Fauzan, Hasan, Yusuf, Syaiful, Ilham, Arif',
        'Fikri, Hafiz, Irfan, Imam, Zainal, Lukman, Khairul, Taufik, Faisal, Hamdan',
      ),
      last: list(
        'Hidayat, Rahman, Fauzi, Hakim, Ramadhan, Maulana, Firdaus, Akbar, Ismail',
        'Anwar, Rasyid, Alamsyah, Syahputra, Mubarok, Habibi',
      ),
      middleChance: 0.2,
    },
    female: {
      first: list(
        'Siti, Nur, Fatimah, Aisyah, Annisa, Zahra, Nurul, Khadijah, Aminah, Laila',
        'Salsabila, Rahma, Nadia, Syifa, Azizah, Mutiara, Hafsah',
      ),
      last: list(
        'Fadilah, Hidayah, Nurjanah, Maulida, Safitri, Aulia, Khairunnisa, Amalia',
        'Husna, Zahara, Fitria, Rohmah, Munawaroh, Azhari, Sholihah',
      ),
      middleChance: 0.2,
    },
  },
  {
    // Batak Toba, Karo and Simalungun (mostly Christian)
    weight: 8,
    religion: 'CHRISTIAN',
    male: {
      first: list(
        'Tigor, Poltak, Hotman, Maruli, Parlindungan, Sahat, Jonathan, Daniel, Samuel',
        'Fernando, Andreas, Roy, Benny, Hendrik, Martua, Togar, Bonar',
      ),
      last: list(
        'Simanjuntak, Nainggolan, Hutapea, Sitompul, Pardede, Manurung, Situmorang',
        'Sinaga, Panjaitan, Simatupang, Tampubolon, Sihombing, Hutagalung, Silalahi',
        'Sitorus, Pasaribu, Napitupulu, Simbolon, Purba, Ginting',
      ),
      middleChance: 0.1,
    },
    female: {
      first: list(
        'Rosmawati, Lamtiur, Tiurma, Maria, Yohana, Ruth, Sondang, Debora, Elfrida',
        'Christina, Lasmaria, Romauli, Rotua, Nurmaida, Erlina',
      ),
      last: list(
        'Simanjuntak, Nainggolan, Hutapea, Sitompul, Pardede, Manurung, Situmorang',
        'Sinaga, Panjaitan, Simatupang, Tampubolon, Sihombing, Hutagalung, Silalahi',
        'Sitorus, Pasaribu, Br Ginting, Br Tarigan, Purba',
      ),
      middleChance: 0.1,
    },
  },
  {
    // Batak Mandailing and Angkola (mostly Muslim)
    weight: 4,
    religion: 'MUSLIM',
    male: {
      first: list('Ahmad, Muhammad, Syahrul, Irwansyah, Zulham, Amran, Hamdani, Rusli'),
      last: list('Lubis, Nasution, Harahap, Siregar, Hasibuan, Daulay, Rangkuti, Pulungan'),
      middleChance: 0.1,
    },
    female: {
      first: list('Nurhasanah, Rahmadani, Sri Mulyani, Masitah, Nur, Fitriani, Hotmarida'),
      last: list('Lubis, Nasution, Harahap, Siregar, Hasibuan, Daulay, Rangkuti, Pulungan'),
      middleChance: 0.05,
    },
  },
  {
    // Minangkabau
    weight: 8,
    religion: 'MUSLIM',
    male: {
      first: list(
        'Rizal, Fadli, Zulkifli, Afrizal, Hendri, Yulizar, Irwan, Syafri, Andika',
        'Yusril, Rahmat, Dedi, Erwin, Masrizal, Fadhil, Jufri',
      ),
      last: list(
        'Chaniago, Piliang, Koto, Tanjung, Sikumbang, Jambak, Effendi, Syahrial',
        'Mansyur, Bahar, Datuk, Sutan, Yunus, Zein',
      ),
      middleChance: 0.1,
    },
    female: {
      first: list(
        'Yusnita, Rahmi, Fitri, Desi, Nofriyanti, Yelni, Mardiana, Elvira, Yulia, Suci',
        'Mega, Vivi, Yessi, Rika, Nelfi',
      ),
      last: list(
        'Rahmi, Novianti, Yanti, Susanti, Hayati, Zulfa, Putri, Yulisma, Marlinda',
        'Asmara, Roza',
      ),
      middleChance: 0.1,
    },
  },
  {
    // Bugis and Makassar
    weight: 6,
    religion: 'MUSLIM',
    male: {
      first: list(
        'Andi, Muhammad, Syamsul, Hasanuddin, Ansar, Syahrir, Rusdi, Arfan, Amiruddin',
        'Jamaluddin, Basri, Sudirman, Zulkarnain, Awaluddin',
      ),
      last: list(
        'Hamzah, Latief, Rauf, Syarif, Arief, Makkasau, Pawellangi, Baso, Mappiasse',
        'Tahir, Djafar, Sanusi, Alimuddin, Parenrengi',
      ),
      middleChance: 0.1,
    },
    female: {
      first: list(
        'Andi, Hasnawati, Sitti, Hasmah, Haslinda, Suriani, Megawati, Hasnah, Irmawati',
        'Fatmawati, Jumriah, Sukmawati, Nurfadillah',
      ),
      last: list('Hamzah, Latief, Rauf, Syam, Arief, Tahir, Amir, Sanusi, Ramli, Baso'),
      middleChance: 0.05,
    },
  },
  {
    // Balinese (Hindu)
    weight: 5,
    religion: 'HINDU',
    balinese: true,
    male: {
      first: list('I Wayan, I Made, I Nyoman, I Ketut, I Putu, I Gede, I Komang, I Kadek'),
      last: list(
        'Sudarsana, Artawan, Suarjaya, Wirawan, Darmawan, Adnyana, Sukarta, Mahendra',
        'Ariasa, Budiarta, Suardana, Arsana, Widiana, Eka Putra, Agus Wiranata',
        'Sudiarta, Dharma Yasa',
      ),
      middleChance: 0,
    },
    female: {
      first: list('Ni Wayan, Ni Made, Ni Nyoman, Ni Ketut, Ni Putu, Ni Luh, Ni Kadek'),
      last: list(
        'Sukerti, Ariani, Sariasih, Suartini, Ayu Lestari, Ayu Wulandari, Widiastuti',
        'Yuliantari, Sri Wahyuni, Eka Pratiwi, Ratna Dewi, Darmayanti, Mariani',
        'Kusumadewi, Sudiani',
      ),
      middleChance: 0,
    },
  },
  {
    // Christian names from North Sulawesi, Maluku and Nusa Tenggara Timur
    weight: 9,
    religion: 'CHRISTIAN',
    male: {
      first: list(
        'Yohanes, Stefanus, Paulus, Petrus, Markus, Fransiskus, Agustinus, Yosef',
        'Antonius, Kristian, Michael, Robert, Hendrikus, Theodorus, Alfons, Ignatius',
        'Gregorius, Marthen',
      ),
      last: list(
        'Tumbelaka, Wenas, Rumondor, Pattiasina, Manuputty, Mandagi, Kaunang, Lewerissa',
        'Da Costa, Bria, Pattinama, Sumampouw, Lumintang, Tanamal, Nahak, Seran',
        'Wattimena, Rondonuwu, Lakamau, Ratu',
      ),
      middleChance: 0.15,
    },
    female: {
      first: list(
        'Maria, Theresia, Agnes, Veronika, Margaretha, Elisabeth, Yosefina, Natalia',
        'Cornelia, Angelina, Yuliana, Regina, Stefani, Lidia, Grace, Priscilla',
        'Gabriela, Olivia',
      ),
      last: list(
        'Tumbelaka, Wenas, Rumondor, Pattiasina, Manuputty, Mandagi, Kaunang, Lewerissa',
        'Da Costa, Bria, Pattinama, Sumampouw, Lumintang, Tanamal, Nahak, Seran',
        'Wattimena, Rondonuwu',
      ),
      middleChance: 0.15,
    },
  },
  {
    // Chinese-Indonesian
    weight: 2,
    religion: 'OTHER',
    male: {
      first: list('Hendra, Kevin, Steven, William, Hendrik, Jimmy, Ricky, Felix, Johan'),
      last: list('Gunawan, Wijaya, Tanoto, Halim, Salim, Setiadi, Tanujaya, Hartanto'),
      middleChance: 0,
    },
    female: {
      first: list('Linda, Meliana, Jessica, Yenny, Lily, Fenny, Evelyn, Cindy, Sherly'),
      last: list('Gunawan, Wijaya, Tanoto, Halim, Salim, Setiadi, Tanujaya, Hartanto'),
      middleChance: 0,
    },
  },
];

const TOTAL_WEIGHT = GROUPS.reduce((sum, group) => sum + group.weight, 0);

function pickGroup(rng: Picker): Group {
  let roll = rng.next() * TOTAL_WEIGHT;
  for (const group of GROUPS) {
    roll -= group.weight;
    if (roll < 0) return group;
  }
  const last = GROUPS[GROUPS.length - 1];
  if (!last) throw new Error('no name groups');
  return last;
}

function lastWord(text: string): string {
  const words = text.split(' ');
  return words[words.length - 1] ?? text;
}

/** Builds one plain (untitled) personal name of the given sex. */
export function buildPersonName(rng: Picker, sex: Sex): PersonName {
  const group = pickGroup(rng);
  const pools = sex === 'M' ? group.male : group.female;
  const first = rng.pick(pools.first);
  const last = rng.pick(pools.last.filter((name) => name !== first));

  if (group.balinese) {
    // "I Wayan Sudarsana": the e-mail uses the birth-order name and the last personal name.
    const order = first.split(' ')[1] ?? first;
    return {
      full: `${first} ${last}`,
      first: order,
      last: lastWord(last),
      religion: group.religion,
    };
  }

  const parts = [first];
  if (NEEDS_MIDDLE.has(first) || rng.chance(pools.middleChance)) {
    const candidates = pools.first.filter(
      (name) => name !== first && !NEEDS_MIDDLE.has(name) && !last.includes(name),
    );
    parts.push(rng.pick(candidates));
  }
  parts.push(last);

  const firstWord = first.split(' ')[0] ?? first;
  // "Br Ginting" (boru, "daughter of") and "Da Costa" form one family name.
  const family = last.startsWith('Br ') ? last.slice(3) : last;
  return {
    full: parts.join(' '),
    first: firstWord,
    last: family,
    religion: group.religion,
  };
}
