/* Hida search, stemmer for en pages (loaded before search.js): EnglishStemmer.swift step for step. */
(() => {
'use strict';
const table = text => text.split(' ').map(row => row.split(':')),
  // Whole-word exceptions; a word without ':' stays as it is.
  EX = new Map(table('skies:sky idly:idl gently:gentl ugly:ugli early:earli only:onli singly:singl sky news howe atlas cosmos bias andes')),
  S2 = table('ization:ize ational:ate fulness:ful ousness:ous iveness:ive tional:tion biliti:ble lessli:less entli:ent ' +
    'ation:ate alism:al aliti:al ousli:ous iviti:ive fulli:ful ogist:og enci:ence anci:ance abli:able izer:ize ator:ate ' +
    'alli:al bli:ble ogi:og li:'),
  S3 = table('ational:ate tional:tion alize:al icate:ic iciti:ic ative: ical:ic ness: ful:'),
  isShort = s => s == 'past' || /^[aeiouy][^aeiouy]$|[^aeiouy][aeiouy][^aeiouywxY]$/.test(s);
// R1 from 0 and R2 from R1: after the first non-vowel that follows a vowel.
const region = (s, i) => {
  const m = /[aeiouy][^aeiouy]/.exec(s.slice(i));
  return m ? i + m.index + 2 : s.length;
};
window.hidaStem = s => {
  if (EX.has(s)) return EX.get(s) || s;
  if (s.length <= 2) return s;
  if (s[0] == "'") s = s.slice(1);
  s = s.replace(/(^|[aeiouy])y/g, '$1Y');
  const pre = /^(gener|commun|arsen|past|univers|later)/.exec(s);
  let r1 = pre ? pre[1].length : region(s, 0), r2 = region(s, r1), m, st;
  s = s.replace(/(?:'s'|'s|')$/, '');
  if (/sses$/.test(s)) s = s.slice(0, -2);
  else if (/ie[ds]$/.test(s)) s = s.slice(0, -3) + (s.length > 4 ? 'i' : 'ie');
  else if (/[^su]s$/.test(s) && /[aeiouy]/.test(s.slice(0, -2))) s = s.slice(0, -1);
  if ((m = /eed(ly)?$/.exec(s))) {
    st = s.slice(0, m.index);
    if (!/^(proc|exc|succ)$/.test(st) && m.index >= r1) s = st + 'ee';
  } else if ((m = /(ed|edly|ing|ingly)$/.exec(s))) {
    st = s.slice(0, m.index);
    if (m[1] == 'ing' && /^[^aeiouy]y$/.test(st)) s = st[0] + 'ie';
    else if (!(m[1] == 'ing' && /^(inn|out|cann|herr|earr|even)$/.test(st)) && /[aeiouy]/.test(st)) {
      s = st;
      if (/(at|bl|iz)$/.test(s)) s += 'e';
      else if (/([bdfgmnprt])\1$/.test(s)) { if (!/^[aeo]..$/.test(s)) s = s.slice(0, -1); }
      else if (r1 >= s.length && isShort(s)) s += 'e';
    }
  }
  if (/.[^aeiouy][yY]$/.test(s)) s = s.slice(0, -1) + 'i';
  // r1 and r2 stay unclipped (Swift clips them): steps 2 to 5 only test positions inside the word.
  for (const list of [S2, S3]) {
    const [suf = '', rep] = list.find(([x]) => s.endsWith(x)) || [], k = s.length - suf.length;
    if (suf && k >= r1 && (suf == 'ogi' ? s[k - 1] == 'l' : suf == 'li' ? 'cdeghkmnrt'.includes(s[k - 1])
      : suf != 'ative' || k >= r2)) s = s.slice(0, k) + rep;
  }
  m = /(ement|ance|ence|able|ible|ment|ant|ent|ism|ate|iti|ous|ive|ize|ion|al|er|ic)$/.exec(s);
  if (m && m.index >= r2 && (m[1] != 'ion' || /[st]$/.test(s.slice(0, m.index)))) s = s.slice(0, m.index);
  const k = s.length - 1;
  if (s[k] == 'e' && (k >= r2 || k >= r1 && !isShort(s.slice(0, k))) || s[k] == 'l' && k >= r2 && s[k - 1] == 'l') s = s.slice(0, k);
  return s.replace(/Y/g, 'y');
};
})();
