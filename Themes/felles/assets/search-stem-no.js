/* Hida search, stemmer for nb and nn pages (loaded before search.js): NorwegianStemmer.swift step for step. */
(() => {
'use strict';
const split = text => text.split(' '),
  MAIN = split('hetenes hetene hetens heten heter endes ande ende edes enes erte ede ane ene ens ets het ast ers ert en ar er as es et a e s'),
  KEEP = split('amm ast ind kap omm øst kk lt nk pp v'), DROP = split('skap giv hav'),
  OTHER = split('hetslov elov slov eleg elig leg eig lig els lov ig'),
  vowel = c => 'aeêioòóôuyæåø'.includes(c),
  ends = (s, suffix, from = 0) => s.length - suffix.length >= from && s.endsWith(suffix),
  longest = (s, list, from) => list.find(x => ends(s, x, from)) || '';
// R1: after the first non-vowel that follows a vowel, and never before the fourth letter.
const r1 = s => {
  let i = 0;
  while (i < s.length && !vowel(s[i])) i++;
  while (i < s.length && vowel(s[i])) i++;
  return s.length < 3 ? s.length : Math.max(Math.min(i + 1, s.length), 3);
};
window.hidaStem = s => {
  const p = r1(s), m = longest(s, MAIN, p), st = s.slice(0, s.length - m.length), c = st[st.length - 1], b = st[st.length - 2];
  if (m == 'ers') { if (longest(st, KEEP).length <= longest(st, DROP).length) s = st; }
  else if (m == 's') { if ('bcdfghjlmnoptvyz'.includes(c) || c == 'r' && b != 'e' || c == 'k' && b !== undefined && !vowel(b)) s = st; }
  else if (m == 'erte' || m == 'ert') s = st + 'er';
  else s = st;
  if (ends(s, 'dt', p) || ends(s, 'vt', p)) s = s.slice(0, -1);
  return s.slice(0, s.length - longest(s, OTHER, p).length);
};
})();
