// The dashboard's script: reads and edits through the same /api routes as any client, authenticated by the
// session cookie, with the session's CSRF token on every write. All text goes in through textContent.

let csrf = '';
const $ = s => document.querySelector(s);
const say = text => { $('#message').textContent = text; };

async function api(path, options = {}) {
  const response = await fetch(path, {
    ...options,
    credentials: 'same-origin',
    headers: { ...(options.body && typeof options.body === 'string' ? { 'Content-Type': 'application/json' } : {}), ...(options.method && options.method !== 'GET' ? { 'X-CSRF-Token': csrf } : {}), ...options.headers },
  });
  if (response.status === 401) { location.href = '/admin'; throw new Error('signed out'); }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail ?? problem.error?.message ?? `${response.status} ${response.statusText}`);
  }
  return response.status === 204 ? null : response.headers.get('Content-Type')?.includes('json') ? response.json() : response.blob();
}

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter(c => c !== null && c !== undefined));
  return node;
}
const button = (label, onClick, extra = {}) => el('button', { type: 'button', textContent: label, onclick: onClick, ...extra });
const cell = (...children) => el('td', {}, ...children);
const minutes = s => s == null ? '' : `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;

function play(article) {
  const slot = $('#player-slot');
  slot.replaceChildren(el('aloud-player', { title: article.title ?? article.id }));
  const player = slot.firstChild;
  player.setAttribute('read-along', 'transcript');
  // An editor checking an article is not a listener: keep the statistics to the public's listening.
  player.setAttribute('stats', 'off');
  player.setAttribute('article', article.id);
  $('#now-playing').hidden = false;
  player.focus();
}

async function loadArticles() {
  const page = await api('/api/articles?limit=100');
  const row = (id, ...cells) => { const tr = el('tr', {}, ...cells); tr.dataset.id = id; return tr; };
  $('#article-rows').replaceChildren(...page.items.map(a => row(a.id,
    cell(el('strong', { textContent: a.title ?? '(untitled)' }), el('br'), el('small', { textContent: a.url ?? a.id })),
    cell(el('span', { className: `status ${a.status}`, textContent: a.status })),
    cell(el('progress', { max: 100, value: a.progress.percent, ariaLabel: `${a.title ?? a.id}: ${a.progress.percent}%` }), ` ${a.progress.sentencesDone}/${a.progress.sentencesTotal}`),
    cell(minutes(a.durationSeconds)),
    cell(el('span', { className: 'error', textContent: a.error ?? a.warning ?? '' })),
    cell(a.audio ? button('Play', () => play(a), { ariaLabel: `Play ${a.title ?? a.id}` }) : null,
      button('Edit', () => edit(a), { ariaLabel: `Edit ${a.title ?? a.id}` }),
      button('Retry', async () => { await act(() => api(`/api/articles/${a.id}/retry`, { method: 'POST' }), 'Queued again'); }, { ariaLabel: `Retry ${a.title ?? a.id}` }),
      button('Delete', async () => { if (confirm(`Delete "${a.title ?? a.id}" and its audio?`)) await act(() => api(`/api/articles/${a.id}`, { method: 'DELETE' }), 'Deleted'); }, { ariaLabel: `Delete ${a.title ?? a.id}`, className: 'danger' })))));
}

// Opens the current version's content for editing; saving PUTs it back as the same kind (html, text or ssml).
async function edit(article) {
  let current;
  try { current = await api(`/api/articles/${article.id}/content`); } catch (e) { say(`Cannot edit: ${e.message}`); return; }
  const dialog = $('#edit-dialog'), form = $('#edit-form');
  const kind = current.kind === 'url' ? 'html' : current.kind;
  $('#edit-kind').textContent = kind;
  form.content.value = current.content;
  form.onsubmit = async event => {
    event.preventDefault();
    dialog.close();
    await act(async () => {
      const saved = await api(`/api/articles/${article.id}`, { method: 'PUT', body: JSON.stringify({ [kind]: form.content.value }) });
      return saved.queued ? `"${article.title ?? article.id}" is narrated again: only its changed sentences are synthesised.` : 'Nothing to narrate: what will be heard did not change.';
    }, 'Saved');
  };
  $('#edit-cancel').onclick = () => dialog.close();
  dialog.showModal();
  form.content.focus();
}

// Runs a change, says what happened (the action may return its own message), then reloads the lists.
async function act(action, done) {
  try { say((await action()) ?? done); } catch (e) { say(`Failed: ${e.message}`); }
  await refresh();
}

async function loadReview() {
  const reports = await api('/api/reports');
  $('#review-rows').replaceChildren(...reports.items.map(r => el('tr', {},
    cell(r.written), cell(r.spoken ?? ''), cell(String(r.reports)), cell(String(r.articleIds.length)),
    cell(button('Fix', () => { const f = $('#lexicon-form'); f.written.value = r.written; f.spoken.value = ''; f.spoken.focus(); }, { ariaLabel: `Fix ${r.written}` })))));
  if (!reports.items.length) $('#review-rows').append(el('tr', {}, el('td', { colSpan: 5, textContent: 'No reports yet.' })));
}

async function loadNames() {
  const names = await api('/api/reports/names?limit=50');
  $('#name-rows').replaceChildren(...names.items.map(n => el('tr', {},
    cell(n.name), cell(String(n.count)), cell(String(n.articleIds.length)),
    cell(button('Fix', () => { const f = $('#lexicon-form'); f.written.value = n.name; f.spoken.value = ''; f.spoken.focus(); }, { ariaLabel: `Fix ${n.name}` })))));
  if (!names.items.length) $('#name-rows').append(el('tr', {}, el('td', { colSpan: 4, textContent: 'Every name is in the lexicon.' })));
}

async function loadLexicon() {
  const lexicon = await api('/api/lexicon');
  $('#lexicon-rows').replaceChildren(...(lexicon.entries ?? []).map(e => el('tr', {},
    cell(e.written), cell(e.spoken ?? ''), cell(e.ipa ?? ''),
    cell(button('Delete', () => act(() => api(`/api/lexicon/entries/${encodeURIComponent(e.written)}`, { method: 'DELETE' }), `Removed ${e.written}`), { ariaLabel: `Delete ${e.written}` })))));
}

// "Hear it": the word said with the entry as typed (respelling or IPA), through the lexicon preview, without
// saving; with neither, how it is said today. Also says how many narrated articles a save would narrate again.
async function hear() {
  const f = $('#lexicon-form');
  const written = f.written.value.trim();
  if (!written) { say('Type a word first.'); return; }
  const entry = { written };
  if (f.spoken.value.trim()) entry.spoken = f.spoken.value.trim();
  if (f.ipa.value.trim()) entry.ipa = f.ipa.value.trim();
  const candidate = entry.spoken || entry.ipa;
  try {
    const blob = candidate
      ? await api('/api/lexicon/preview/audio', { method: 'POST', body: JSON.stringify(entry) })
      : await api('/v1/audio/speech', { method: 'POST', body: JSON.stringify({ model: 'tts-1', input: written, voice: 'alloy', response_format: 'mp3' }) });
    const audio = $('#preview') ?? document.body.appendChild(el('audio', { id: 'preview' }));
    audio.src = URL.createObjectURL(blob);
    await audio.play();
    const impact = candidate ? await api('/api/lexicon/preview', { method: 'POST', body: JSON.stringify(entry) }) : null;
    say(`Playing "${candidate ?? written}"` + (impact ? ` · saving would narrate again ${impact.count} article(s)${impact.count ? ': ' + impact.affected.map(a => a.title ?? a.id).slice(0, 5).join(', ') : ''}` : ' (as it is said today)'));
  } catch (e) { say(`Preview failed: ${e.message}`); }
}

async function saveEntry(event) {
  event.preventDefault();
  const f = event.target, entry = {};
  if (f.spoken.value.trim()) entry.spoken = f.spoken.value.trim();
  if (f.ipa.value.trim()) entry.ipa = f.ipa.value.trim();
  await act(async () => {
    const saved = await api(`/api/lexicon/entries/${encodeURIComponent(f.written.value.trim())}`, { method: 'PUT', body: JSON.stringify(entry) });
    return `Saved lexicon version ${saved.version}: ${saved.articlesQueued} article(s) will be narrated again.`;
  }, 'Saved');
}

async function loadStats() {
  const stats = await api('/api/listening');
  const titles = Object.fromEntries([...document.querySelectorAll('#article-rows tr')].map(r => [r.dataset.id, r.querySelector('strong').textContent]));
  $('#stats-list').replaceChildren(...stats.items.map(s => {
    const most = Math.max(1, s.plays, ...s.reachedQuartiles);
    return el('figure', { className: 'stat' },
      el('figcaption', {}, el('strong', { textContent: titles[s.articleId] ?? s.articleId }),
        ` · ${s.plays} plays · ${minutes(s.secondsListened)} listened · average speed ${s.averageRate ?? 1}×`),
      el('div', { className: 'bars', role: 'img', ariaLabel: `Listens reaching 25%: ${s.reachedQuartiles[0]}, 50%: ${s.reachedQuartiles[1]}, 75%: ${s.reachedQuartiles[2]}, the end: ${s.reachedQuartiles[3]}` },
        ...['25%', '50%', '75%', 'end'].map((label, i) => el('div', { className: 'bar' },
          el('span', { className: 'fill', style: `width:${(100 * s.reachedQuartiles[i]) / most}%` }), el('span', { className: 'label', textContent: `${label}: ${s.reachedQuartiles[i]}` })))));
  }));
  if (!stats.items.length) $('#stats-list').append(el('p', { textContent: 'Nobody has listened yet.' }));
}

async function loadFeeds() {
  const [feeds, hooks] = await Promise.all([api('/api/feeds'), api('/api/hooks')]);
  $('#feed-list').replaceChildren(...feeds.map(f => el('li', { textContent: `${f.name}: ${f.url}${f.lastError ? ` (last error: ${f.lastError})` : ''}` })));
  $('#hook-list').replaceChildren(...hooks.map(h => el('li', { textContent: `${h.name} (voice ${h.voice}, id ${h.id})` })));
  if (!feeds.length) $('#feed-list').append(el('li', { textContent: 'No feeds followed.' }));
  if (!hooks.length) $('#hook-list').append(el('li', { textContent: 'No webhooks.' }));
}

async function refresh() {
  const results = await Promise.allSettled([loadArticles().then(loadStats), loadReview(), loadNames(), loadLexicon(), loadFeeds()]);
  const failed = results.find(r => r.status === 'rejected');
  if (failed) say(`Could not load everything: ${failed.reason.message}`);
  document.body.dataset.loaded = 'true';
}

const session = await api('/admin/session');
csrf = session.csrf;
$('#who').textContent = `Signed in with key "${session.name}"${session.readOnly ? ' (read-only)' : ''}`;
$('#refresh').onclick = refresh;
$('#hear').onclick = hear;
$('#lexicon-form').onsubmit = saveEntry;
await refresh();
