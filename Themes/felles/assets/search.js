/* Hida static search: SearchQuery.swift step for step; markup and texts in docs/search.md.
   The page loads its language's stemmer (search-stem-*.js: window.hidaStem) before this file. */
(() => {
'use strict';
let WORD = null;
try { WORD = new RegExp('[\\p{Alphabetic}\\p{Nd}]', 'u'); } catch (e) { /* old engine */ }
const MARKS = /[\u0300-\u036f]/g;

// SearchTokenizer: combining marks never split a word
const words = text => {
  let s = '';
  for (const c of text.normalize('NFC').replace(MARKS, '')) {
    s += (c < '\x80' ? /[a-z0-9]/i.test(c) : WORD ? WORD.test(c) : c.toLowerCase() != c.toUpperCase())
      ? c.toLowerCase().replace(MARKS, '') : ' ';
  }
  return s.split(' ').filter(Boolean);
};

// SearchFolding
const FROM = 'àáâãåāăąçćčďèéêëēėęěìíîïīįıñńňòóôõōőùúûūůűųýÿśšşťźżžŕřğ',
  TO = 'aaaaaaaacccdeeeeeeeeiiiiiiinnnoooooouuuuuuuyyssstzzzrrg',
  MULTI = { æ: 'ae', ä: 'ae', ø: 'o', ö: 'o', œ: 'oe', ß: 'ss', þ: 'th', ð: 'd', đ: 'd', ł: 'l' };
const fold = term => [...term].map(c => {
  const i = FROM.indexOf(c);
  return i >= 0 ? TO[i] : MULTI[c] || c;
}).join('').replace(/a+/g, 'a');

// SearchQuery.words(of:)
const parse = (meta, query) => {
  const list = words(query), open = !/\s$/.test(query), stops = new Set(meta.stop.split(' '));
  return list.map((w, i) => {
    if ([...w].length < 2 || stops.has(w)) return null;
    const s = window.hidaStem(w), f = fold(w);
    return { stem: s, key: fold(s), prefix: open && i == list.length - 1 && [...f].length >= 2 ? f : null };
  }).filter(Boolean);
};

// SearchShardName.shards
const safe = key => key.replace(/[^a-z0-9]/gu, '_');
const shardsFor = (meta, list) => {
  const need = new Set();
  for (const w of list) {
    const k = safe(w.key), p = w.prefix && safe(w.prefix);
    let best = '';
    for (const n of meta.shards) {
      if (k.startsWith(n) && n.length > best.length) best = n;
      if (p && (p.startsWith(n) || n.startsWith(p))) need.add(n);
    }
    if (best) need.add(best);
  }
  return [...need].sort();
};

// SearchQuery.bestScores
const scoreWord = (meta, w, terms) => {
  const best = new Map(), exact = terms.has(w.stem);
  terms.forEach((postings, t) => {
    const k = fold(t), f = t == w.stem ? 1 : k == w.key ? (exact ? meta.f : 1)
      : w.prefix && k.startsWith(w.prefix) ? meta.p : 0;
    for (let i = 0, d = 0; f && i + 1 < postings.length; i += 2) {
      d += postings[i];
      if (postings[i + 1] * f > (best.get(d) || 0)) best.set(d, postings[i + 1] * f);
    }
  });
  return best;
};

// SearchQuery.ranked
const rank = per => {
  const docs = new Map(), ranked = all => [...docs].filter(([, x]) => !all || x[1] == per.length)
    .map(([d, x]) => [d, x[0]]).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  per.forEach(m => m.forEach((s, d) => { const x = docs.get(d) || [0, 0]; docs.set(d, [x[0] + s, x[1] + 1]); }));
  const hits = ranked(true);
  return hits.length ? hits : ranked(false);
};

// SearchQuery.results(for:): [[document, score], …]
const search = async (meta, load, query) => {
  const list = parse(meta, query);
  if (!list.length) return [];
  const shards = await Promise.all(shardsFor(meta, list).map(n => load('terms/' + n + '.json'))),
    terms = new Map(shards.flatMap(Object.entries));
  return rank(list.map(w => scoreWord(meta, w, terms)));
};
const row = async (meta, load, d) => (await load('docs/' + Math.floor(d / meta.d) + '.json'))[d % meta.d];

if (typeof module == 'object' && module.exports) module.exports = { words, fold, parse, search, document: row };
if (typeof document == 'undefined') return;

// The page: enhances the plain GET form
const $ = id => document.getElementById(id), form = document.querySelector('form.search-form[data-search-index]'),
  input = $('search-input'), results = $('search-results'), status = $('search-status');
if (!form || !input || !results || !status || !window.fetch) return;
const base = form.dataset.searchIndex.replace(/\/?$/, '/'), cache = new Map(), PAGE = 10;
let turn = 0, timer = 0, meta = null;
const say = (name, n = '', q = '') => (form.getAttribute('data-text-' + name) || '{n}').replace('{n}', n).replace('{q}', q);
const load = path => cache.get(path) || cache.set(path, fetch(base + path, { credentials: 'same-origin' })
  .then(r => { if (!r.ok) throw new Error(r.status); return r.json(); })
  .catch(e => { cache.delete(path); throw e; })).get(path);
const el = (name, className = '', textContent = '') => Object.assign(document.createElement(name), { className, textContent });
const item = ([url, title, description, agency, journeys, service]) => {
  const li = el('li', 'search-result'), a = li.appendChild(el('h2')).appendChild(el('a', '', title)),
    parts = [agency, service && el('span', 'badge badge-service', say('service')), ...journeys.map(j => el('span', 'badge', j))];
  if (/^(\/|https?:)/i.test(url)) a.href = url;
  if (description) li.appendChild(el('p', 'search-result-description', description));
  const line = parts.filter(Boolean).flatMap((p, i) => i ? [' · ', p] : [p]);
  if (line.length) li.appendChild(el('p', 'search-result-meta')).append(...line);
  return li;
};
const show = async (hits, from, list, my) => {
  const rows = await Promise.all(hits.slice(from, from + PAGE).map(([d]) => row(meta, load, d)));
  if (my != turn) return;
  results.querySelectorAll('.search-more').forEach(b => b.remove());
  const added = rows.filter(Boolean).map(r => list.appendChild(item(r)));
  // The "more" button is gone: keep keyboard focus on the first new result.
  if (from && added.length) added[0].querySelector('a').focus();
  if (from + PAGE < hits.length) {
    const more = results.appendChild(el('button', 'search-more', say('more', PAGE)));
    more.type = 'button';
    more.onclick = () => show(hits, from + PAGE, list, my);
  }
};
const run = async query => {
  const my = ++turn, q = query.trim();
  if (!q) { results.textContent = status.textContent = ''; return; }
  try {
    meta = meta || await load('meta.json');
    const hits = await search(meta, load, query), n = hits.length;
    if (my != turn) return;
    results.textContent = '';
    status.textContent = say(n == 0 ? 'none' : n == 1 ? 'one' : 'many', n, q);
    if (n) await show(hits, 0, results.appendChild(el('ol', 'search-result-list')), my);
  } catch (e) {
    if (my == turn) status.textContent = say('error');
  }
};
const go = () => {
  const url = new URL(location.href);
  if (input.value) url.searchParams.set('q', input.value); else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  run(input.value);
};
form.classList.add('search-enhanced');
results.textContent = ''; // drops the theme's "needs JavaScript" note
input.oninput = () => { clearTimeout(timer); timer = setTimeout(go, 150); };
form.onsubmit = event => { event.preventDefault(); clearTimeout(timer); go(); };
const initial = new URLSearchParams(location.search).get('q');
if (initial) { input.value = initial; run(initial); }
})();
