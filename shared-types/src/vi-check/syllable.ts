// A model of the Vietnamese written syllable: onset + rhyme (with its medial), one tone mark at
// most, and the spelling rules that tell a real syllable from a run of letters ("đãlàm" is neither
// "đã" nor "làm" but both glued). Deliberately a little lax (it accepts some syllables no word
// uses): the checks built on it must rather miss a defect than flag a correct word.

const ONSETS = [
  '',
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'gh',
  'gi',
  'h',
  'k',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'ngh',
  'nh',
  'p',
  'ph',
  'qu',
  'r',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
];
// Longest first, so "ngh" is tried before "ng" and "n".
const ONSETS_LONGEST = [...ONSETS].sort((a, b) => b.length - a.length);

const RHYMES = new Set(
  `a ac ach ai am an ang anh ao ap at au ay
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
y yêm yên yêt yêu
o oc oi om on ong op ot oong ooc
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt
ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet
uân uâng uât uây uê uêch uênh uơ uy uya uych uyên uyêt uynh uyt uyu`.split(/\s+/u),
);
// After "qu" the u is the medial: "quy", "quynh", "quyết" are qu + y, ynh, yêt.
const AFTER_QU = new Set(['ynh', 'yt', 'ych', 'yu', 'ya']);

const TONES: Record<string, string> = { '\u0300': 'huyen', '\u0301': 'sac', '\u0309': 'hoi', '\u0303': 'nga', '\u0323': 'nang' };
const FRONT = /^[ieêy]/u;

/** The word without its tone mark, and the tone ('' for none); undefined when it has two tones. */
export function splitTone(word: string): { bare: string; tone: string } | undefined {
  let tone = '';
  let bare = '';
  for (const ch of word.toLowerCase().normalize('NFD')) {
    const t = TONES[ch];
    if (t) {
      if (tone) return undefined;
      tone = t;
    } else bare += ch;
  }
  return { bare: bare.normalize('NFC'), tone };
}

const cache = new Map<string, boolean>();

/** Whether `word` (letters only, any case) is a well-formed Vietnamese syllable. */
export function isSyllable(word: string): boolean {
  const known = cache.get(word);
  if (known !== undefined) return known;
  const result = check(word);
  if (cache.size < 50_000) cache.set(word, result);
  return result;
}

function check(word: string): boolean {
  const split = splitTone(word);
  if (!split || !/^[a-zđăâêôơư]+$/u.test(split.bare)) return false;
  const { bare, tone } = split;
  for (const onset of ONSETS_LONGEST) {
    if (!bare.startsWith(onset)) continue;
    let rhyme = bare.slice(onset.length);
    if (onset === 'gi') {
      // "gì", "gìn": the i is the onset's and the rhyme's at once; "giêng" is gi + iêng.
      if (rhyme === '' || rhyme === 'n' || rhyme === 'm' || rhyme === 'nh' || rhyme === 'ch' || rhyme === 'p' || rhyme === 't')
        rhyme = `i${rhyme}`;
      else if (rhyme.startsWith('ê')) rhyme = `i${rhyme}`;
    }
    if (!rhyme) continue;
    const valid = RHYMES.has(rhyme) || (onset === 'qu' && AFTER_QU.has(rhyme));
    if (!valid) continue;
    if (onset === 'qu' && /^[uo]/u.test(rhyme)) continue;
    // k, gh, ngh only before i e ê y; c, ng (and g) never before them.
    if ((onset === 'k' || onset === 'gh' || onset === 'ngh') && !FRONT.test(rhyme)) continue;
    if ((onset === 'c' || onset === 'ng') && FRONT.test(rhyme)) continue;
    if (onset === 'g' && /^[eê]/u.test(rhyme)) continue;
    // A stop final (c, ch, p, t) takes only the sắc or nặng tone.
    if (/(c|ch|p|t)$/u.test(rhyme) && tone !== 'sac' && tone !== 'nang') continue;
    return true;
  }
  return false;
}
