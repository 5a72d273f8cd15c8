// <aloud-player>: listen to an article and follow it word by word. One dependency-free ES module (plus
// aloud-player.css beside it), served by `aloud serve`. Publishers embed it with
//   <script type="module" src="https://AUDIO-HOST/player/aloud-player.js"></script>
//   <aloud-player article="ID"></aloud-player>
// It behaves like a media element (play(), pause(), currentTime, duration, paused, playbackRate and the
// standard events) and highlights the word and sentence being read in the page's own text through the CSS
// Custom Highlight API, without touching the publisher's DOM. docs/player.md is the publisher's guide.

const HERE = new URL('.', import.meta.url);
const SPEEDS = [0.5, 0.75, 0.9, 1, 1.1, 1.2, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 3];
const MEDIA_EVENTS = ['play', 'pause', 'playing', 'waiting', 'timeupdate', 'ratechange', 'ended', 'durationchange', 'loadedmetadata', 'seeking', 'seeked', 'volumechange'];
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'ALOUD-PLAYER', 'SELECT', 'BUTTON']);
// How far past the last matched word the next word may be found in the page (characters): far enough to
// step over an ad or a caption, near enough not to jump to the same word in a later paragraph.
const SEARCH_WINDOW = 4000;
const STATS_EVERY_MS = 30000;

// The page-wide highlight styles. An adopted stylesheet adds them without a new node in the publisher's DOM;
// a publisher's own ::highlight(aloud-word) rules come later in the cascade and win.
const pageSheet = new CSSStyleSheet();
pageSheet.replaceSync(`::highlight(aloud-sentence){background-color:var(--aloud-sentence-background,rgb(255 230 150/.35))}
::highlight(aloud-word){background-color:var(--aloud-word-background,#ffd54a);color:var(--aloud-word-color,#111)}`);

const template = document.createElement('template');
template.innerHTML = `<link rel="stylesheet" href="${new URL('aloud-player.css', HERE)}">
<div part="container" class="player" data-state="loading">
  <button part="play-button" class="play" type="button" aria-label="Play"><span class="icon" aria-hidden="true"></span></button>
  <div class="main">
    <div class="row">
      <span part="title" class="title"></span>
      <span part="disclosure" class="disclosure"></span>
    </div>
    <div class="row seek-row">
      <span class="time elapsed" part="elapsed">0:00</span>
      <input part="seek" class="seek" type="range" min="0" max="0" step="0.1" value="0" aria-label="Seek">
      <span class="time remaining" part="remaining">-0:00</span>
    </div>
    <div class="row controls">
      <button part="button back" type="button" class="back"><span aria-hidden="true">−15s</span><span class="visually-hidden">Back 15 seconds</span></button>
      <button part="button forward" type="button" class="forward"><span aria-hidden="true">+15s</span><span class="visually-hidden">Forward 15 seconds</span></button>
      <button part="button previous-paragraph" type="button" class="prev-par"><span aria-hidden="true">«¶</span><span class="visually-hidden">Previous paragraph</span></button>
      <button part="button next-paragraph" type="button" class="next-par"><span aria-hidden="true">¶»</span><span class="visually-hidden">Next paragraph</span></button>
      <label class="speed-label"><span class="visually-hidden">Speed</span>
        <select part="speed" class="speed" aria-label="Playback speed"></select></label>
      <label class="volume-label"><span class="visually-hidden">Volume</span>
        <input part="volume" class="volume" type="range" min="0" max="1" step="0.05" value="1" aria-label="Volume"></label>
      <button part="button follow" type="button" class="follow" hidden>Follow along</button>
      <button part="button transcript-button" type="button" class="transcript-toggle" aria-expanded="false" hidden>Transcript</button>
    </div>
    <div class="row messages">
      <div part="status" class="status" role="status" aria-live="polite"></div>
      <button part="button report" type="button" class="report" hidden></button>
    </div>
  </div>
  <div part="transcript" class="transcript" hidden></div>
</div>`;

const clock = s => {
  if (!Number.isFinite(s) || s < 0) s = 0;
  const m = Math.floor(s / 60), sec = Math.floor(s % 60);
  return `${m}:${sec < 10 ? '0' : ''}${sec}`;
};

// Folds a character for matching the timings' text against the page's: case, quotes, dashes and spaces
// may differ between the extracted text and what the page renders. Keeps one character for one.
const fold = c => {
  if (/\s/.test(c)) return ' ';
  if ('‘’ʼ′'.includes(c)) return "'";
  if ('“”„″'.includes(c)) return '"';
  if ('‐‑‒–—−'.includes(c)) return '-';
  return c.toLowerCase().length === 1 ? c.toLowerCase() : c;
};
const foldText = s => Array.from(s, fold).join('').replace(/ +/g, ' ').trim();

/** The visible text under a root, whitespace collapsed, with each character's text node and offset. */
function indexPageText(root) {
  const chars = [], nodes = [], offsets = [];
  let space = true;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: n => n.nodeType === 1
      ? (SKIPPED_TAGS.has(n.tagName) || n.hidden ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP)
      : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const c = fold(data[i]);
      if (c === ' ') { if (space) continue; space = true; } else space = false;
      chars.push(c); nodes.push(node); offsets.push(i);
    }
    // Block boundaries usually come with whitespace in the markup; when not, words may touch: allowed.
  }
  return { text: chars.join(''), nodes, offsets };
}

/** Ranges in the page for each word of the timings, found in order; null where a word is not on the page. */
function mapWordsToPage(timings, root) {
  const page = indexPageText(root);
  const ranges = new Array(timings.words.length).fill(null);
  let cursor = 0, found = 0, lastStart = -1, lastRange = null;
  timings.words.forEach((w, i) => {
    if (w.charStart === lastStart) { ranges[i] = lastRange; if (lastRange) found++; return; }
    lastStart = w.charStart; lastRange = null;
    const needle = foldText(timings.text.substr(w.charStart, w.charLength));
    if (!needle) return;
    const at = page.text.indexOf(needle, cursor);
    if (at < 0 || (found > 0 && at - cursor > SEARCH_WINDOW)) return;
    const end = at + needle.length - 1;
    const range = new Range();
    range.setStart(page.nodes[at], page.offsets[at]);
    range.setEnd(page.nodes[end], page.offsets[end] + 1);
    ranges[i] = lastRange = range; found++; cursor = end + 1;
  });
  return { ranges, found };
}

/** The transcript panel: the timings' own text, one paragraph per block, and ranges straight from the spans. */
function buildTranscript(timings, panel) {
  panel.replaceChildren();
  const pieces = [];
  for (const b of timings.blocks) {
    const p = document.createElement(b.kind === 'headline' ? 'h2' : 'p');
    const t = document.createTextNode(timings.text.substr(b.charStart, b.charLength));
    p.append(t); panel.append(p); pieces.push({ start: b.charStart, end: b.charStart + b.charLength, node: t });
  }
  const at = pos => pieces.find(p => pos >= p.start && pos <= p.end);
  const ranges = timings.words.map(w => {
    const a = at(w.charStart), z = at(w.charStart + w.charLength);
    if (!a || a !== z) return null;
    const r = new Range();
    r.setStart(a.node, w.charStart - a.start); r.setEnd(a.node, w.charStart + w.charLength - a.start);
    return r;
  });
  return { ranges, found: ranges.filter(Boolean).length };
}

/** Index of the last word that has started by time t (ms), or -1: a binary search over the sorted starts. */
function wordAt(words, ms) {
  let lo = 0, hi = words.length - 1, best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].startMs <= ms) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}

class AloudPlayer extends HTMLElement {
  static observedAttributes = ['article', 'src', 'timings', 'server', 'disclosure', 'title', 'skip'];

  #root; #audio; #els = {}; #timings = null; #wordRanges = []; #sentenceRanges = []; #word = -1; #sentence = -1;
  #following = true; #scrolling = false; #raf = 0; #loaded = ''; #stats = null; #lastTick = null; #savedAt = 0;
  #reportWord = -1; #transcriptActive = false;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open', delegatesFocus: false });
    this.#root.append(template.content.cloneNode(true));
    const $ = s => this.#root.querySelector(s);
    this.#els = {
      player: $('.player'), play: $('.play'), seek: $('.seek'), elapsed: $('.elapsed'), remaining: $('.remaining'),
      speed: $('.speed'), volume: $('.volume'), status: $('.status'), title: $('.title'), disclosure: $('.disclosure'),
      follow: $('.follow'), report: $('.report'), transcript: $('.transcript'), transcriptToggle: $('.transcript-toggle'),
    };
    // A publisher's own <audio> child is used when there is one (slotted media convention); else an internal one.
    this.#audio = this.querySelector('audio') ?? document.createElement('audio');
    if (!this.#audio.isConnected) { this.#audio.preload = 'metadata'; this.#root.append(this.#audio); }
    for (const s of SPEEDS) this.#els.speed.add(new Option(`${s}×`, String(s), s === 1, s === 1));
    this.#wire();
  }

  connectedCallback() {
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
    if (!this.hasAttribute('role')) this.setAttribute('role', 'group');
    if (!this.hasAttribute('aria-label')) this.setAttribute('aria-label', 'Listen to this article');
    if (!document.adoptedStyleSheets.includes(pageSheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
    this.#renderDisclosure();
    this.#load();
  }

  disconnectedCallback() { this.#flushStats(); this.#clearHighlights(); cancelAnimationFrame(this.#raf); }

  attributeChangedCallback(name) {
    if (name === 'disclosure') this.#renderDisclosure();
    else if (name === 'title') this.#els.title.textContent = this.getAttribute('title') ?? this.#timings?.title ?? '';
    else if (this.isConnected && name !== 'skip') this.#load();
  }

  // --- the media element surface -------------------------------------------------------------------------
  play() { return this.#audio.play(); }
  pause() { this.#audio.pause(); }
  get currentTime() { return this.#audio.currentTime; }
  set currentTime(t) { this.#audio.currentTime = Math.max(0, Math.min(Number(t) || 0, this.duration || Number(t) || 0)); }
  get duration() { const d = this.#audio.duration; return Number.isFinite(d) ? d : (this.#timings ? this.#timings.durationMs / 1000 : NaN); }
  get paused() { return this.#audio.paused; }
  get ended() { return this.#audio.ended; }
  get playbackRate() { return this.#audio.playbackRate; }
  set playbackRate(r) { this.#audio.playbackRate = this.#audio.defaultPlaybackRate = Math.max(0.5, Math.min(3, Number(r) || 1)); }
  get volume() { return this.#audio.volume; }
  set volume(v) { this.#audio.volume = Math.max(0, Math.min(1, Number(v))); }
  get muted() { return this.#audio.muted; }
  set muted(m) { this.#audio.muted = !!m; }
  get readyState() { return this.#audio.readyState; }
  get article() { return this.getAttribute('article'); }
  set article(v) { this.setAttribute('article', v); }
  get src() { return this.#sources().audio; }
  set src(v) { this.setAttribute('src', v); }
  // The remaining attributes mirrored as properties, as media elements do; not timings (the loaded file, below)
  // nor skip (the method skip(seconds)).
  get server() { return this.getAttribute('server'); }
  set server(v) { this.setAttribute('server', v); }
  get disclosure() { return this.getAttribute('disclosure'); }
  set disclosure(v) { this.setAttribute('disclosure', v); }
  get readAlong() { return this.getAttribute('read-along') ?? 'page'; }
  set readAlong(v) { this.setAttribute('read-along', v); }
  get timings() { return this.#timings; }
  /** Index (in the timings' words) of the word being read, or -1. */
  get currentWord() { return this.#word; }

  /** Skips by seconds (negative: back). */
  skip(seconds) { this.currentTime = this.currentTime + seconds; }

  /** Jumps to the start of the next (+1) or previous (-1) paragraph; back to the start of this one first, as a CD player does. */
  skipParagraph(direction) {
    const t = this.#timings; if (!t) return;
    const ms = this.currentTime * 1000;
    const starts = t.blocks.map(b => t.sentences.find(s => s.charStart >= b.charStart && s.charStart < b.charStart + b.charLength))
      .filter(Boolean).map(s => s.startMs);
    const here = starts.filter(s => s <= ms + 1).length - 1;
    let target = direction > 0 ? starts[here + 1] : (ms - (starts[here] ?? 0) > 2000 ? starts[here] : starts[here - 1]);
    if (target === undefined) target = direction > 0 ? t.durationMs : 0;
    this.currentTime = target / 1000;
  }

  // --- loading -------------------------------------------------------------------------------------------
  #sources() {
    const server = new URL(this.getAttribute('server') ?? '..', this.getAttribute('server') ? document.baseURI : HERE);
    const id = this.getAttribute('article');
    const rel = p => new URL(p, server).href;
    return {
      audio: this.getAttribute('src') ? new URL(this.getAttribute('src'), document.baseURI).href : id ? rel(`audio/${encodeURIComponent(id)}.mp3`) : '',
      fallback: id && !this.getAttribute('src') ? rel(`audio/${encodeURIComponent(id)}.ogg`) : '',
      timings: this.getAttribute('timings') ? new URL(this.getAttribute('timings'), document.baseURI).href : id ? rel(`audio/${encodeURIComponent(id)}.json`) : '',
      listening: id ? rel(`listening/${encodeURIComponent(id)}/`) : '',
      key: id ?? this.getAttribute('src') ?? '',
    };
  }

  async #load() {
    const src = this.#sources();
    if (!src.audio || src.key === this.#loaded) return;
    this.#loaded = src.key;
    this.#setState('loading', 'Loading audio…');
    this.#clearHighlights();
    // A slotted <audio> with its own source keeps it; otherwise the article's MP3 (Ogg Opus on error).
    if (!(this.#audio.isConnected && this.#audio.parentNode === this && this.#audio.currentSrc)) this.#audio.src = src.audio;
    this.#stats = { plays: 0, seconds: 0, maxPosition: 0, rates: {}, sent: { plays: 0, seconds: 0, quartile: 0 } };
    try {
      const response = await fetch(src.timings);
      if (!response.ok) throw new Error(response.status === 404 ? 'This article has no audio yet.' : `The timings could not be loaded (${response.status}).`);
      this.#timings = await response.json();
    } catch (e) {
      this.#timings = null;
      this.#setState('error', e instanceof TypeError ? 'The audio server cannot be reached.' : e.message);
      return;
    }
    this.#els.title.textContent = this.getAttribute('title') ?? this.#timings.title ?? '';
    this.#renderDisclosure();
    this.#mapText();
    this.#resume();
    this.#updateTime();
    if (this.#audio.readyState >= 1) this.#setState('ready', '');
  }

  /** Finds the article in the page, else offers the transcript panel for read-along. */
  #mapText() {
    const t = this.#timings;
    const mode = this.getAttribute('read-along') ?? 'page';
    let mapped = { ranges: [], found: 0 };
    if (mode === 'page') {
      const root = (this.getAttribute('text-root') && document.querySelector(this.getAttribute('text-root'))) || document.body;
      mapped = mapWordsToPage(t, root);
    }
    const onPage = mode === 'page' && mapped.found >= t.words.length * 0.5;
    this.#transcriptActive = !onPage && mode !== 'off';
    this.#els.transcriptToggle.hidden = !this.#transcriptActive;
    if (this.#transcriptActive) mapped = buildTranscript(t, this.#els.transcript);
    if (this.#transcriptActive && mode === 'transcript') this.#toggleTranscript(true);
    this.#wordRanges = mapped.ranges;
    this.#sentenceRanges = t.sentences.map((_, si) => {
      let first = null, last = null;
      t.words.forEach((w, i) => { if (w.sentence === si && mapped.ranges[i]) { first ??= mapped.ranges[i]; last = mapped.ranges[i]; } });
      if (!first) return null;
      const r = new Range(); r.setStart(first.startContainer, first.startOffset); r.setEnd(last.endContainer, last.endOffset);
      return r;
    });
  }

  #resume() {
    const saved = Number(localStorage.getItem(this.#storageKey()));
    const duration = this.#timings.durationMs / 1000;
    if (saved > 3 && saved < duration - 5) {
      const apply = () => { if (this.#audio.currentTime < 1) this.#audio.currentTime = saved; };
      if (this.#audio.readyState >= 1) apply(); else this.#audio.addEventListener('loadedmetadata', apply, { once: true });
      this.#els.status.textContent = `Resuming at ${clock(saved)}`;
    }
  }

  #storageKey() { return `aloud-player:position:${this.#sources().key}`; }

  #savePosition(force) {
    const now = Date.now();
    if (!force && now - this.#savedAt < 2000) return;
    this.#savedAt = now;
    try {
      if (this.#audio.ended) localStorage.removeItem(this.#storageKey());
      else localStorage.setItem(this.#storageKey(), this.#audio.currentTime.toFixed(1));
    } catch { /* storage may be full or blocked: resuming is a convenience */ }
  }

  // --- events ----------------------------------------------------------------------------------------------
  #wire() {
    const a = this.#audio, e = this.#els;
    for (const type of MEDIA_EVENTS) a.addEventListener(type, () => this.dispatchEvent(new Event(type)));
    a.addEventListener('loadedmetadata', () => { if (this.#timings) this.#setState('ready', ''); this.#updateTime(); });
    a.addEventListener('durationchange', () => this.#updateTime());
    a.addEventListener('waiting', () => this.#setState('loading', 'Loading audio…'));
    a.addEventListener('playing', () => this.#setState('ready', ''));
    a.addEventListener('error', () => {
      const fallback = this.#sources().fallback;
      if (fallback && a.src !== fallback && a.error?.code === MediaError.MEDIA_ERR_SRC_NOT_SUPPORTED) { a.src = fallback; return; }
      this.#setState('error', 'The audio could not be played.');
      this.dispatchEvent(new Event('error'));
    });
    a.addEventListener('play', () => { this.#stats && this.#stats.plays++; this.#lastTick = null; this.#renderPlaying(); this.#mediaSession(); this.#tick(); });
    a.addEventListener('pause', () => { this.#renderPlaying(); this.#savePosition(true); this.#flushStats(); });
    a.addEventListener('ended', () => { this.#savePosition(true); this.#flushStats(); });
    a.addEventListener('timeupdate', () => { this.#updateTime(); this.#highlight(); this.#savePosition(false); });
    a.addEventListener('seeked', () => { this.#lastTick = null; this.#highlight(); this.#follow(); });
    a.addEventListener('ratechange', () => { e.speed.value = String(SPEEDS.includes(a.playbackRate) ? a.playbackRate : 1); });
    a.addEventListener('volumechange', () => { e.volume.value = String(a.muted ? 0 : a.volume); });

    e.play.addEventListener('click', () => this.#toggle());
    this.#root.querySelector('.back').addEventListener('click', () => this.skip(-this.#skipSeconds()));
    this.#root.querySelector('.forward').addEventListener('click', () => this.skip(this.#skipSeconds()));
    this.#root.querySelector('.prev-par').addEventListener('click', () => this.skipParagraph(-1));
    this.#root.querySelector('.next-par').addEventListener('click', () => this.skipParagraph(1));
    e.seek.addEventListener('input', () => { this.currentTime = Number(e.seek.value); });
    e.speed.addEventListener('change', () => { this.playbackRate = Number(e.speed.value); });
    e.volume.addEventListener('input', () => { this.volume = Number(e.volume.value); this.muted = false; });
    e.follow.addEventListener('click', () => { this.#following = true; e.follow.hidden = true; this.#follow(); });
    e.report.addEventListener('click', () => this.#report());
    e.transcriptToggle.addEventListener('click', () => this.#toggleTranscript(e.transcript.hidden));
    e.transcript.addEventListener('click', ev => this.#clickText(ev));
    this.addEventListener('keydown', ev => this.#key(ev));

    // Click a sentence of the article to listen from there; links and form controls keep their own clicks.
    document.addEventListener('click', ev => {
      if (ev.defaultPrevented || ev.button !== 0 || this.#transcriptActive || this.contains(ev.target)) return;
      if (ev.target.closest?.('a,button,input,select,textarea,label,[contenteditable]')) return;
      this.#clickText(ev);
    });
    // The reader scrolling by hand means "let me read elsewhere": stop following until asked again.
    const away = () => { if (!this.#scrolling && !this.paused) { this.#following = false; e.follow.hidden = false; } };
    addEventListener('wheel', away, { passive: true });
    addEventListener('touchmove', away, { passive: true });
    addEventListener('keydown', ev => { if (!this.contains(ev.target) && ['PageUp', 'PageDown', 'ArrowUp', 'ArrowDown', 'Home', 'End', ' '].includes(ev.key)) away(); });
    document.addEventListener('selectionchange', () => this.#selectionChanged());
    // Statistics and position leave with the page, when the tab is hidden or closed.
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') { this.#savePosition(true); this.#flushStats(); } });
    addEventListener('pagehide', () => { this.#savePosition(true); this.#flushStats(); });
    setInterval(() => { if (!this.paused) this.#flushStats(); }, STATS_EVERY_MS);
  }

  #skipSeconds() { return Number(this.getAttribute('skip')) || 15; }

  #toggle() { if (this.paused) this.play().catch(err => this.#setState('error', `Playback was blocked: ${err.message}`)); else this.pause(); }

  #key(ev) {
    const inner = ev.composedPath()[0];
    const control = inner !== this && inner instanceof HTMLElement && inner.matches('input,select,button');
    const k = ev.key;
    let handled = true;
    if ((k === ' ' || k === 'Spacebar') && !control) this.#toggle();
    else if (k === 'k' || k === 'K') this.#toggle();
    else if (k === 'j' || k === 'J') this.skip(-this.#skipSeconds());
    else if (k === 'l' || k === 'L') this.skip(this.#skipSeconds());
    else if (k === '<' || (ev.shiftKey && k === ',')) this.#stepSpeed(-1);
    else if (k === '>' || (ev.shiftKey && k === '.')) this.#stepSpeed(1);
    else if (control && inner.matches('input,select')) handled = false;
    else if (k === 'ArrowLeft') ev.shiftKey ? this.skipParagraph(-1) : this.skip(-5);
    else if (k === 'ArrowRight') ev.shiftKey ? this.skipParagraph(1) : this.skip(5);
    else if (k === 'ArrowUp') this.volume = this.volume + 0.1;
    else if (k === 'ArrowDown') this.volume = this.volume - 0.1;
    else if (k === 'Home') this.currentTime = 0;
    else if (k === 'End') this.currentTime = this.duration;
    else handled = false;
    if (handled) { ev.preventDefault(); ev.stopPropagation(); }
  }

  #stepSpeed(direction) {
    const i = SPEEDS.findIndex(s => s >= this.playbackRate - 1e-6);
    this.playbackRate = SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, (i < 0 ? SPEEDS.length - 1 : i) + direction))];
    this.#els.status.textContent = `Speed ${this.playbackRate}×`;
  }

  #clickText(ev) {
    const caret = document.caretPositionFromPoint?.(ev.clientX, ev.clientY);
    const node = caret ? caret.offsetNode : document.caretRangeFromPoint?.(ev.clientX, ev.clientY)?.startContainer;
    const offset = caret ? caret.offset : document.caretRangeFromPoint?.(ev.clientX, ev.clientY)?.startOffset;
    if (!node || !getSelection().isCollapsed) return;
    const si = this.#sentenceRanges.findIndex(r => r && r.comparePoint(node, offset) === 0);
    if (si < 0) return;
    this.currentTime = this.#timings.sentences[si].startMs / 1000;
    if (this.paused) this.#toggle();
  }

  // --- rendering -------------------------------------------------------------------------------------------
  #setState(state, message) {
    this.#els.player.dataset.state = state;
    this.#els.status.textContent = message;
    this.#els.status.setAttribute('role', state === 'error' ? 'alert' : 'status');
    this.toggleAttribute('data-error', state === 'error');
  }

  #renderDisclosure() {
    this.#els.disclosure.textContent = this.getAttribute('disclosure')
      ?? (this.#timings?.voice ? `Read by a synthetic voice (${this.#timings.voice})` : 'Read by a synthetic voice');
  }

  #renderPlaying() {
    const playing = !this.paused;
    this.#els.play.setAttribute('aria-label', playing ? 'Pause' : 'Play');
    this.#els.player.classList.toggle('playing', playing);
    if ('mediaSession' in navigator) navigator.mediaSession.playbackState = playing ? 'playing' : 'paused';
  }

  #updateTime() {
    const d = this.duration, t = this.currentTime, e = this.#els;
    if (Number.isFinite(d)) { e.seek.max = String(d); e.remaining.textContent = `-${clock(d - t)}`; }
    if (document.activeElement !== this || this.#root.activeElement !== e.seek) e.seek.value = String(t);
    e.elapsed.textContent = clock(t);
    e.seek.setAttribute('aria-valuetext', `${clock(t)} of ${clock(d)}`);
    if ('mediaSession' in navigator && Number.isFinite(d) && navigator.mediaSession.setPositionState) {
      try { navigator.mediaSession.setPositionState({ duration: d, position: Math.min(t, d), playbackRate: this.playbackRate }); } catch { /* older engines */ }
    }
    this.#countListening(t);
  }

  /** Per frame while playing: the word and sentence being read, as highlights and a wordchange event. */
  #tick() {
    cancelAnimationFrame(this.#raf);
    const frame = () => { this.#highlight(); if (!this.paused) this.#raf = requestAnimationFrame(frame); };
    frame();
  }

  #highlight() {
    const t = this.#timings; if (!t) return;
    const i = wordAt(t.words, this.currentTime * 1000);
    if (i === this.#word) return;
    this.#word = i;
    if (i < 0) { this.#clearHighlights(); return; }
    const w = t.words[i];
    if (typeof Highlight === 'function' && CSS.highlights) {
      const r = this.#wordRanges[i];
      if (r) CSS.highlights.set('aloud-word', new Highlight(r)); else CSS.highlights.delete('aloud-word');
      if (w.sentence !== this.#sentence) {
        const s = this.#sentenceRanges[w.sentence];
        if (s) CSS.highlights.set('aloud-sentence', new Highlight(s)); else CSS.highlights.delete('aloud-sentence');
      }
    }
    const newSentence = w.sentence !== this.#sentence;
    this.#sentence = w.sentence;
    this.dispatchEvent(new CustomEvent('wordchange', { detail: { index: i, text: w.text, written: t.text.substr(w.charStart, w.charLength), sentence: w.sentence } }));
    if (newSentence) this.#follow();
  }

  #clearHighlights() {
    if (!CSS.highlights) return;
    CSS.highlights.delete('aloud-word'); CSS.highlights.delete('aloud-sentence');
    this.#word = -1; this.#sentence = -1;
  }

  /** Keeps the sentence being read in view, unless the reader scrolled away. */
  #follow() {
    if (!this.#following || this.#sentence < 0) return;
    const r = this.#sentenceRanges[this.#sentence]; if (!r) return;
    const box = r.getBoundingClientRect(), view = this.#transcriptActive ? this.#els.transcript.getBoundingClientRect() : { top: 0, bottom: innerHeight };
    if (box.height === 0 || (box.top >= view.top + 40 && box.bottom <= view.bottom - 40)) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.#scrolling = true;
    r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    setTimeout(() => { this.#scrolling = false; }, smooth ? 800 : 50);
  }

  #toggleTranscript(open) {
    this.#els.transcript.hidden = !open;
    this.#els.transcriptToggle.setAttribute('aria-expanded', String(open));
  }

  #mediaSession() {
    if (!('mediaSession' in navigator) || !this.#timings) return;
    const t = this.#timings, ms = navigator.mediaSession;
    const art = this.getAttribute('artwork') ?? new URL('../feeds/artwork.png', HERE).href;
    ms.metadata = new MediaMetadata({ title: this.getAttribute('title') ?? t.title ?? document.title, artist: t.publisher ?? location.hostname, album: 'Aloud', artwork: [{ src: art, sizes: '1400x1400', type: 'image/png' }] });
    const set = (action, fn) => { try { ms.setActionHandler(action, fn); } catch { /* action not supported here */ } };
    set('play', () => this.play()); set('pause', () => this.pause());
    set('seekbackward', d => this.skip(-(d.seekOffset || this.#skipSeconds())));
    set('seekforward', d => this.skip(d.seekOffset || this.#skipSeconds()));
    set('seekto', d => { this.currentTime = d.seekTime; });
    set('previoustrack', () => this.skipParagraph(-1)); set('nexttrack', () => this.skipParagraph(1));
  }

  // --- listening statistics (no cookies, no identifiers: counts only) ----------------------------------------
  #countListening(t) {
    const s = this.#stats; if (!s || this.paused) { this.#lastTick = null; return; }
    if (this.#lastTick !== null) {
      const step = t - this.#lastTick;
      // Only time that played through counts; a seek is a jump, not listening.
      if (step > 0 && step < 2 * Math.max(1, this.playbackRate)) {
        s.seconds += step;
        const rate = String(this.playbackRate);
        s.rates[rate] = (s.rates[rate] ?? 0) + step;
      }
    }
    this.#lastTick = t;
    s.maxPosition = Math.max(s.maxPosition, t);
  }

  #flushStats() {
    const s = this.#stats, src = this.#sources();
    if (!s || !src.listening || this.getAttribute('stats') === 'off' || !this.#timings) return;
    const d = this.#timings.durationMs / 1000;
    const quartile = this.#audio.ended ? 4 : Math.min(4, Math.floor((s.maxPosition / d) * 4 + 1e-9));
    // Each quarter is counted once per page view: only those newly reached since the last batch are sent.
    const quartiles = [];
    for (let q = s.sent.quartile + 1; q <= quartile; q++) quartiles.push(q);
    const batch = { plays: s.plays - s.sent.plays, seconds: Math.round((s.seconds - s.sent.seconds) * 10) / 10, quartiles, rates: {} };
    if (batch.plays <= 0 && batch.seconds < 1 && !quartiles.length) return;
    for (const [r, secs] of Object.entries(s.rates)) if (secs >= 0.5) batch.rates[r] = Math.round(secs * 10) / 10;
    s.rates = {};
    // text/plain keeps the beacon a simple cross-origin request (no preflight, which beacons cannot make).
    const sent = navigator.sendBeacon?.(src.listening + 'stats', new Blob([JSON.stringify(batch)], { type: 'text/plain' }));
    if (sent !== false) { s.sent.plays = s.plays; s.sent.seconds = s.seconds; s.sent.quartile = Math.max(s.sent.quartile, quartile); }
  }

  // --- report a mispronunciation ---------------------------------------------------------------------------
  #selectionChanged() {
    const sel = getSelection(), e = this.#els;
    this.#reportWord = -1;
    if (sel && !sel.isCollapsed && sel.rangeCount && this.#timings) {
      const r = sel.getRangeAt(0);
      // The first word that holds the selection's start, or that starts inside the selection.
      const holds = w => w.comparePoint(r.startContainer, r.startOffset) === 0 && !(r.startContainer === w.endContainer && r.startOffset === w.endOffset);
      const inside = w => r.comparePoint(w.startContainer, w.startOffset) === 0 && !(w.startContainer === r.endContainer && w.startOffset === r.endOffset);
      this.#reportWord = this.#wordRanges.findIndex(w => w && (holds(w) || inside(w)));
    }
    e.report.hidden = this.#reportWord < 0;
    if (this.#reportWord >= 0) {
      const w = this.#timings.words[this.#reportWord];
      e.report.textContent = `Report “${this.#timings.text.substr(w.charStart, w.charLength)}” as mispronounced`;
    }
  }

  async #report() {
    const i = this.#reportWord, t = this.#timings, src = this.#sources();
    if (i < 0 || !t || !src.listening) return;
    const w = t.words[i];
    const body = { index: i, written: t.text.substr(w.charStart, w.charLength), spoken: w.text };
    try {
      const response = await fetch(src.listening + 'reports', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(body) });
      this.#els.status.textContent = response.ok ? `Thank you: “${body.written}” was reported.` : 'The report could not be sent.';
    } catch { this.#els.status.textContent = 'The report could not be sent.'; }
    this.#els.report.hidden = true;
    this.dispatchEvent(new CustomEvent('report', { detail: body }));
  }
}

if (!customElements.get('aloud-player')) customElements.define('aloud-player', AloudPlayer);
export { AloudPlayer };
