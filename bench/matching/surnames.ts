import { nl } from '@faker-js/faker';

/** A small seeded PRNG (mulberry32): the same seed gives the same data on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

/** A surname as the BRP keeps it: the tussenvoegsel apart ("van der", "Berg"). */
export interface Surname {
  prefix: string;
  surname: string;
}

const split = (s: string) => s.trim().split(/\s+/);

// Dutch stems: occupations, places, nature, first parts of compounds.
const DUTCH_STEMS = split(`
  Aal Akker Baar Bak Beek Beer Berk Bie Blan Blok Boer Bol Boom Borg Bos Bouw Braak Brink Broek Brug Buur
  Dam Dek Dijk Dor Drie Duin Eek Eik Elzen Es Gans Geer Graaf Gras Groen Groot Haag Haan Hage Ham Harm
  Heer Hei Hek Hel Hoek Hof Hol Hoog Horst Hout Huis Kalk Kamp Kerk Klaas Klein Kley Kloos Knol Kool
  Koop Kors Kraai Kroon Kuil Laar Lam Lang Leeuw Lin Loo Maat Meer Mol Mos Munk Naal Nieu Noord Oost
  Over Paal Plas Pol Pot Raats Ree Reit Ros Rot Ruit Schel Schil Schol Schut Slot Smit Snij Spaan Steen
  Stok Stol Stroo Swart Teer Tol Tuin Vaart Veen Veld Ver Vlie Vliet Vos Waal Wal Weer Wes Wijn Wil
  Wit Woud Zand Zee Zuid Zwaan Zwart Alder Beuk Brand Dros Elder Frank Gerrit Hen Jan Kees Lubber Meul
  Molen Pieter Rijk Ruiter Sleg Temmer Tiel Uit Val Veer Vis Wouter Ypen Zijl Achter Bloem Bruin Dirk
  Egge Fok Gijs Hendrik Hummel Jong Kok Korte Lage Lemmer Marten Mulder Nolte Olde Polder Rade Roel
  Sander Sijbrand Ton Tromp Veld Warn Wester Wijk Ziel Bolt Dekker Geert Holt Huib Ijzer Kreik Leen
  Mees Nijen Oud Pas Quak Reyn Siem Tebbe Ubbink Vel Wiers Ybe Zegers Ham Boek Berg Bergh Dorp Hage
`);
const DUTCH_SUFFIXES = split(`
  sen se s ma stra inga ink man mans kamp huis huizen veld velde berg bergen dijk dijken hof hoven broek
  horst meer land wijk dal bosch beek laar loo stee kes je tjes er ers hout koper maker schot vliet sma ga
  haar steeg brink werf zijl kate donk rade
`);
// Patronymics and occupational names built from given names.
const PATRONYMIC_SUFFIXES = ['sen', 'se', 's', 'sz', 'x', 'zen', 'ssen'];
const TUSSENVOEGSELS: ReadonlyArray<readonly [string, number]> = [
  ['van', 30],
  ['de', 30],
  ['van der', 14],
  ['van den', 10],
  ['van de', 8],
  ['ter', 3],
  ['ten', 3],
  ['te', 1],
  ['van \'t', 1],
  ["in 't", 1],
  ['op den', 1],
  ['van het', 1],
  ['den', 1],
  ['der', 1],
];

const TURKISH_FIRST = split(`Öz Ak Kara Yıl Er Gül Ay Demir Çelik Kılıç Şahin Aslan Kurt Polat Yıldırım Koç Arslan Doğan Çetin Bulut Türk Uçar Tekin Akın Yavuz Sarı Bozkurt Karakaya Altun Coşkun Ateş Güneş Keskin Çakır Aydın Ekinci Balcı Acar Tan`);
const TURKISH_SECOND = split(`türk kaya han can oğlu soy dağ el bay demir taş ok er yiğit kan tepe göz su ay ip alp baş gül`);
const TURKISH_WHOLE = split(`Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güler Bozkurt Aksoy Tekin Uçar Kaplan Ünal Aktaş Karaca Akbulut Güneş Bulut Sarı`);
const ARABIC_ROOTS = split(`
  Amrani Idrissi Haddouchi Bouzid Ouali Tahiri Mansouri Azzouzi Boukhari Khattabi Hamdaoui Ziani
  Bakkali Chaoui Fassi Alaoui Ouazzani Bennani Sadiki Marzouki Belhaj Rachidi Hakimi Yousfi Aissaoui
  Benali Boulahrouz Akrouh Aboutaleb Kaddouri Ghazali Hamdi Karimi Saidi Ammari Naji Jaziri Maati
  Mokhtari Slimani Zerouali Bouhali Hajji Moussaoui Taouil Tounsi Ouahabi Lahlou Amezian Azaouagh
  Bouchtaoui Charrouk Daoudi Elouali Ferhani Ghanmi Harrak Hilali Jabri Kharbouch Lamrani Machkour
  Najjar Oulad Qasmi Raiss Sabri Tazi Wahbi Yahyaoui Zarhouni Bouyaghlafen Achahbar Zaidi Hassani
`);
const ARABIC_GIVEN_AS_SURNAME = split(`Ali Ahmed Mohamed Hassan Hussein Omar Youssef Abdellah Said Rachid Karim Mustafa Ibrahim Ismail Khalid Nabil Hamid Brahim Driss Mimoun`);
const ARABIC_PREFIXES = ['El', 'Ben', 'Ait', 'Ou', 'Abou', 'Bou', 'Al'];
const POLISH_STEMS = split(`
  Kowal Nowak Wiśniew Wójcik Kowalczyk Kamiń Lewandow Zieliń Szymań Woźniak Dąbrow Kozłow Jankow Mazur
  Kwiatkow Krawczyk Piotrow Grabow Nowakow Pawłow Michal Król Wieczor Jabłoń Wróbl Majew Olszew Stępień
  Malinow Jaworsk Adamczyk Dudek Nowic Pawlak Górsk Witkow Walczak Sikor Baran Rutkow Michalak Szewczyk
  Ostrow Tomaszew Pietrzak Zalew Wróblew Jasiń Marczak Bąk Zawadz Sadow Jakubow Chmielew Włodarczyk
  Borkow Czarnec Sawick Sokołow Urban Kubiak Maciejew Szczepań Kucharsk Wilczyń Kalinow Lis Mazurk
  Wysock Adamsk Kaźmierczak Wasilew Sobczak Czerwiń Andrzejew Cieśl Głowack Zakrzew Kołodziej Sikorsk
`);
const POLISH_SUFFIXES = ['ski', 'ska', 'wicz', 'czyk', 'ak', 'ek', 'iński', 'owski'];
const HINDUSTANI_FIRST = split(`Ram Jag Bal Sew Har Man Raj Kis Shri Dev Mahab Ganga Lach Rad Sit Gobar Kali Chan Bhag Prem Mohan Sukh Ajod Bis Dhan Hira Jai Lal Nand`);
const HINDUSTANI_SECOND = split(`din sing singh pal lal dat charan prasad sahai narain kisoen dhari saran sewak persad rattan dew kalpoe nath bali lakhan khan autar`);
const HINDUSTANI_WHOLE = split(`Ramdin Baldewsingh Ramsaran Jagessar Mahabier Ramautar Ramlal Sewdien Bisessar Ramkhelawan Kanhai Autar Tewarie Soekhoe Bhagwandin Ramdhani Jhinkoe Ganesh Kalloe Mangal Biharie`);
const CREOLE = split(`
  Martina Koeiman Rosaria Isenia Statia Doran Pieternella Wawoe Felida Bernardina Zimmerman Cijntje
  Leito Jansen Rojer Sulvaran Anthony Mercera Janga Marchena Winklaar Girigorie Maduro Daantje Obispo
  Pinas Linger Wijngaarde Kerwijk Eersteling Vlijt Bendter Sabajo Fränkel Kruisland Amatsaleh Djoe
  Tjon Liauw Macnack Sedney Panka Doelwijt Lachman Emanuels Fernandes Venetiaan Bouterse Pengel Brunings
`);
const INDONESIAN_FIRST = split(`Su Har Wi Sur Pra Djo Bam Mul Kus Soe Hadi Pur Sapto Tri Dwi Eko Adi Budi Wahyu Agus Setia Rah Nur Dar`);
const INDONESIAN_SECOND = split(`yanto wati sno tono harjo wibowo santoso prawiro kusumo atmojo ningrat widjojo hadi sastro sudarmo diredjo soewito lestari`);
const CHINESE = split(`Chan Wong Li Zhang Wang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Zheng Liang Tang Xie Song Deng Feng Cheung Lam Lau Ng Tsang Leung Yip Kwok Tjoa Tan Lie Oei Go Kho Liem Thio Njoo Ong Tio Bouw Hau Kuo Fung Tse Siu Choi Mak Poon`);
const VIETNAMESE = split(`Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Trinh Mai Dao Cao Luong Quach Thai Ta Kieu`);
const ERITREAN_FIRST = split(`Gebre Tesfa Haile Wolde Kidane Mehari Ghebre Berhane Tekle Habte Yohannes Mebrahtu Asmerom Fessehaye Zere Negash Tewolde Andemariam Kahsay Weldu`);
const ERITREAN_SECOND = split(`mariam michael medhin selassie giorgis kidan tsion iyesus mikael hiwet yesus berhan hans ab lul`);
const SOMALI_AFGHAN_SYRIAN = split(`
  Abdi Farah Warsame Jama Hirsi Osman Abdullahi Nur Yusuf Aden Dirie Elmi Hashi Samatar Ahmadi Hosseini
  Rahimi Karimi Mohammadi Sultani Noori Azizi Habibi Sharifi Amiri Safi Popal Wardak Haidari Rezaei
  Al-Khatib Al-Hassan Haddad Khoury Darwish Masri Halabi Shami Sabbagh Hamwi Kurdi Issa Nasser Khalil
`);

interface Weighted {
  name: Surname;
  weight: number;
}

/**
 * Tens of thousands of distinct surnames as they occur in the Netherlands: faker's nl surnames,
 * generated Dutch stems and patronymics, Frisian endings, with tussenvoegsels, and Turkish,
 * Moroccan, Polish, Surinamese (Hindustani and Creole), Antillean, Indonesian, Chinese, Vietnamese,
 * Eritrean, Somali, Afghan and Syrian names. Weighted like a real population: a few very common
 * (Jansen, de Jong), a long tail of rare ones.
 */
export function buildSurnames(seed = 8): { surnames: Surname[]; draw: (r: () => number) => Surname } {
  const r = rng(seed);
  const seen = new Set<string>();
  const list: Weighted[] = [];
  const add = (prefix: string, surname: string, weight: number) => {
    const key = `${prefix}|${surname}`.toLowerCase();
    if (surname.length < 2 || seen.has(key)) return;
    seen.add(key);
    list.push({ name: { prefix, surname }, weight });
  };
  const tussenvoegsel = () => {
    let t = r() * 105;
    for (const [p, w] of TUSSENVOEGSELS) if ((t -= w) < 0) return p;
    return 'van';
  };
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

  // faker's 131, the most common: a heavy head.
  const fakerNames = (nl.person!.last_name as { generic: string[] }).generic;
  fakerNames.forEach((s, i) => add('', s, 400 / (i + 4)));
  for (const s of ['Jong', 'Vries', 'Berg', 'Dijk', 'Boer', 'Graaf', 'Wit', 'Leeuw', 'Haan', 'Groot', 'Bruijn', 'Heuvel', 'Veen', 'Wal', 'Linden', 'Brink', 'Meer', 'Heijden', 'Vliet', 'Laan']) {
    add('de', s, 40);
    add('van', s, 20);
    add('van der', s, 15);
    add('van den', s, 12);
    add('van de', s, 8);
  }
  for (const stem of DUTCH_STEMS) {
    for (const suffix of DUTCH_SUFFIXES) {
      const name = `${stem}${suffix}`;
      add(r() < 0.22 ? tussenvoegsel() : '', name, 1 + 3 * r() ** 4);
    }
    add(tussenvoegsel(), stem, 2);
  }
  const givenNames = [...(nl.person!.first_name as { male: string[] }).male, ...(nl.person!.first_name as { female: string[] }).female];
  for (const given of givenNames) for (const suffix of PATRONYMIC_SUFFIXES) if (r() < 0.5) add('', `${given}${suffix}`, 1 + 2 * r() ** 3);
  for (const a of TURKISH_FIRST) for (const b of TURKISH_SECOND) add('', `${a}${b}`, 0.6);
  TURKISH_WHOLE.forEach((s, i) => add('', s, 12 / (i + 2)));
  for (const root of ARABIC_ROOTS) {
    add('', root, 1);
    for (const p of ARABIC_PREFIXES) if (r() < 0.5) add('', `${p} ${root}`, 0.8);
    add('', `${root.replace(/i$/, '')}a`, 0.3);
  }
  for (const g of ARABIC_GIVEN_AS_SURNAME) {
    add('', g, 4);
    for (const p of ['El', 'Ben', 'Ait', 'Abou', 'Ould']) add('', `${p} ${g}`, 1.5);
  }
  for (const stem of POLISH_STEMS) for (const suffix of POLISH_SUFFIXES) if (r() < 0.6) add('', `${stem}${suffix}`.replace(/kski/, 'ski').replace(/sski/, 'ski'), 0.5);
  for (const a of HINDUSTANI_FIRST) for (const b of HINDUSTANI_SECOND) add('', `${a}${b}`, 0.5);
  HINDUSTANI_WHOLE.forEach((s) => add('', s, 2));
  CREOLE.forEach((s) => add('', s, 1.5));
  for (const a of INDONESIAN_FIRST) for (const b of INDONESIAN_SECOND) add('', `${a}${b}`, 0.4);
  CHINESE.forEach((s) => add('', s, 2));
  VIETNAMESE.forEach((s, i) => add('', s, 12 / (i + 1)));
  for (const a of ERITREAN_FIRST) for (const b of ERITREAN_SECOND) add('', cap(`${a}${b}`), 0.5);
  ERITREAN_FIRST.forEach((s) => add('', s, 1));
  SOMALI_AFGHAN_SYRIAN.forEach((s) => add('', s, 1.2));
  // A Dutch second layer: adjective + place word ("Groenewoud", "Hoogland"), the long tail.
  for (const a of split('Groene Hooge Lange Korte Nieuwe Oude Witte Zwarte Rode Brede Hoge Lage Oost West Noord Zuid Klein Groot Mid Boven Neder')) {
    for (const b of split('woud land veld berg dijk kamp hof huis hoek broek horst meer wijk dal bosch beek weg straat gracht vaart sloot akker weide')) {
      add(r() < 0.1 ? tussenvoegsel() : '', `${a}${b}`.replace(/eh/, 'eh'), 0.7);
    }
  }

  const surnames = list.map((w) => w.name);
  const cumulative: number[] = [];
  let total = 0;
  for (const w of list) cumulative.push((total += w.weight));
  const draw = (rand: () => number) => {
    const x = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return surnames[lo]!;
  };
  return { surnames, draw };
}
