import { signupFormHtml } from '../subscribers/signup-form.js';
import { escapeHtmlText } from '../unsubscribe/unsubscribe-page.js';

/**
 * The preview page: a static shell, its stylesheet and its script. The
 * script fills the page from `/api/state` with `textContent` only (article
 * titles and file names are untrusted), shows the email in sandboxed iframes
 * without scripts, and reloads on the server's `/events` stream.
 */

export interface PreviewSignupForm {
  /** Where the live form posts: the preview's own sign-up route. */
  action: string;
  /** The form's address on the site (the stack's SignupUrl); a placeholder when not configured. */
  publicUrl: string;
  /** Where the confirmation emails land, for the editor to open. */
  outbox: string;
}

export function previewShell(token: string, signup?: PreviewSignupForm): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="preview-token" content="${token.replace(/[^A-Za-z0-9_-]/g, '')}">
  <title>Digest preview</title>
  <link rel="stylesheet" href="/preview.css">
  <script src="/preview.js" defer></script>
</head>
<body>
  <header class="bar">
    <strong>Digest preview</strong> <span id="date"></span>
    <label>Reader <select id="subscriber"><option value="">Sample reader</option></select></label>
    <span class="toggles">
      <button type="button" id="scheme" data-scheme="light" aria-pressed="false">Dark mode</button>
      <button type="button" id="width" data-width="both">Phone only</button>
    </span>
    <button type="button" id="refresh" title="Read the articles, templates and list again">Refresh</button>
    <button type="button" id="send-test">Send a test</button>
    <span id="status" role="status" aria-live="polite"></span>
  </header>
  <div id="error" class="error" role="alert" hidden></div>
  <section class="inbox" aria-label="As an inbox shows it">
    <div class="from" id="from"></div>
    <div><span class="subject" id="subject"></span> <span class="preheader" id="preheader"></span></div>
    <div class="size"><span id="size"></span> <meter id="size-meter" min="0" max="1" low="0.8" high="0.95" optimum="0.5"></meter></div>
  </section>
  <main class="frames" id="frames" data-width="both">
    <figure class="phone"><figcaption>Phone · 375 px</figcaption><iframe id="frame-phone" title="The email at 375 px" width="375" sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe></figure>
    <figure class="desktop"><figcaption>Desktop · 700 px</figcaption><iframe id="frame-desktop" title="The email at 700 px" width="700" sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe></figure>
  </main>
  <section class="panels">
    <details open><summary>Plain-text part</summary><pre id="text"></pre></details>
    <details open><summary>Articles <span id="article-counts"></span></summary>
      <h3>In this issue</h3><ol id="included"></ol>
      <h3>Skipped</h3><ul id="skipped"></ul>
      <h3>Merged as duplicates</h3><ul id="duplicates"></ul>
      <h3>Size</h3><ul id="trim-notes"></ul>
      <h3>Subscribers</h3><p id="subscriber-counts"></p>
    </details>
  </section>${signup ? signupSection(signup) : ''}
</body>
</html>
`;
}

/** The form readers use, live against the local sign-up endpoint, and the same form ready to paste. */
function signupSection(signup: PreviewSignupForm): string {
  return `
  <section class="panels signup" aria-labelledby="signup-title">
    <h2 id="signup-title">Sign-up form</h2>
    <p>This form posts to the sign-up endpoint running in this preview (the local subscriber store); confirmation emails are written to <code>${escapeHtmlText(signup.outbox)}</code>.</p>
    ${signupFormHtml(signup.action, { source: 'preview' })}
    <details><summary>Ready to paste into the site</summary><pre>${escapeHtmlText(signupFormHtml(signup.publicUrl))}</pre></details>
  </section>`;
}

export const PREVIEW_CSS = `
:root { color-scheme: light dark; font: 15px/1.45 system-ui, sans-serif; }
body { margin: 0; background: Canvas; color: CanvasText; }
.bar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; padding: .6rem 1rem; background: #12355b; color: #fff; }
.bar button, .bar select { font: inherit; }
.error { margin: 1rem; padding: .75rem 1rem; border: 2px solid #b4232c; background: #fdecec; color: #5c0b10; white-space: pre-wrap; font-family: ui-monospace, monospace; }
.inbox { margin: 1rem; padding: .75rem 1rem; border: 1px solid #c5ccd3; border-radius: 6px; max-width: 60rem; }
.from { font-weight: 700; }
.subject { font-weight: 600; }
.preheader { color: #69707a; }
.size { margin-top: .4rem; font-size: .9rem; }
.over { color: #b4232c; font-weight: 700; }
.frames { display: flex; gap: 1.5rem; align-items: flex-start; padding: 0 1rem; overflow-x: auto; }
.frames figure { margin: 0; }
.frames iframe { height: 900px; border: 1px solid #c5ccd3; background: #fff; }
.frames[data-width="phone"] .desktop, .frames[data-width="desktop"] .phone { display: none; }
.panels { padding: 1rem; max-width: 75rem; }
pre { white-space: pre-wrap; background: #f4f6f8; color: #1f2933; padding: 1rem; }
.reason { color: #69707a; }
/* The page's CSP allows no inline style: the honeypot is hidden from here. */
.signup [aria-hidden="true"] { position: absolute; left: -10000px; }
.signup form label { display: block; margin: .3rem 0; }
`;

export const PREVIEW_JS = `
'use strict';
(() => {
  const token = document.querySelector('meta[name="preview-token"]').content;
  const $ = (id) => document.getElementById(id);
  const frames = { phone: $('frame-phone'), desktop: $('frame-desktop') };
  let state = null;
  let scheme = 'light';

  function item(list, main, reason) {
    const li = document.createElement('li');
    li.textContent = main;
    if (reason) {
      const span = document.createElement('span');
      span.className = 'reason';
      span.textContent = ' — ' + reason;
      li.append(span);
    }
    list.append(li);
  }

  function fill(list, rows) {
    list.replaceChildren();
    for (const [main, reason] of rows) item(list, main, reason);
    if (rows.length === 0) item(list, 'none');
  }

  function emailUrl() {
    const params = new URLSearchParams({ subscriber: $('subscriber').value, scheme, v: String(state ? state.version : 0) });
    return '/email.html?' + params;
  }

  async function load() {
    const params = new URLSearchParams({ subscriber: $('subscriber').value });
    const response = await fetch('/api/state?' + params, { cache: 'no-store' });
    state = await response.json();
    render();
  }

  function render() {
    $('date').textContent = state.date;
    const error = $('error');
    error.hidden = !state.error;
    error.textContent = state.error ? state.error.stage + ': ' + state.error.name + ': ' + state.error.message : '';
    $('from').textContent = state.from;
    $('subject').textContent = state.subject || '';
    $('preheader').textContent = state.preheader ? '— ' + state.preheader : '';
    const size = $('size');
    size.textContent = state.html ? 'HTML ' + (state.html.bytes / 1000).toFixed(1) + ' KB of a ' + (state.html.budgetBytes / 1000).toFixed(1) + ' KB budget' : '';
    size.className = state.html && state.html.bytes > state.html.budgetBytes ? 'over' : '';
    $('size-meter').value = state.html ? Math.min(1, state.html.bytes / state.html.budgetBytes) : 0;
    $('text').textContent = state.text || '';
    const select = $('subscriber');
    const chosen = select.value;
    const options = [new Option(state.sampleLabel, '')].concat(state.subscribers.map((s) => new Option(s.name ? s.name + ' <' + s.email + '>' : s.email, s.email)));
    select.replaceChildren(...options);
    select.value = state.subscribers.some((s) => s.email === chosen) ? chosen : '';
    const report = state.report;
    fill($('included'), report ? report.articles.included.map((a) => [a.title, [a.section, a.source, a.words + ' words', a.file].filter(Boolean).join(' · ')]) : []);
    fill($('skipped'), report ? report.articles.skipped.map((s) => [s.file, s.reason]) : []);
    fill($('duplicates'), report ? report.articles.duplicates.map((d) => [d.file, 'same story as ' + d.duplicateOf]) : []);
    fill($('trim-notes'), report ? report.html.notes.map((n) => [n]) : []);
    $('article-counts').textContent = report ? '(' + report.articles.included.length + ' in, ' + report.articles.skipped.length + ' skipped, ' + report.articles.duplicates.length + ' merged)' : '';
    $('subscriber-counts').textContent = report ? report.subscribers.valid + ' valid, ' + report.subscribers.rejected.length + ' rejected, ' + report.subscribers.duplicates + ' duplicates' : '';
    $('send-test').disabled = !state.html || state.testRecipients.length === 0;
    $('send-test').title = state.testRecipients.length ? 'To ' + state.testRecipients.join(', ') + ' via ' + state.transport : 'Set DIGEST_TEST_RECIPIENTS to send tests';
    const url = emailUrl();
    for (const frame of Object.values(frames)) if (frame.getAttribute('src') !== url) frame.setAttribute('src', url);
    document.body.dataset.version = String(state.version);
  }

  $('subscriber').addEventListener('change', () => load());
  $('scheme').addEventListener('click', (event) => {
    scheme = scheme === 'light' ? 'dark' : 'light';
    event.target.dataset.scheme = scheme;
    event.target.setAttribute('aria-pressed', String(scheme === 'dark'));
    event.target.textContent = scheme === 'dark' ? 'Light mode' : 'Dark mode';
    render();
  });
  $('width').addEventListener('click', (event) => {
    const order = ['both', 'phone', 'desktop'];
    const next = order[(order.indexOf($('frames').dataset.width) + 1) % order.length];
    $('frames').dataset.width = next;
    event.target.dataset.width = next;
    event.target.textContent = next === 'both' ? 'Phone only' : next === 'phone' ? 'Desktop only' : 'Both widths';
  });
  $('refresh').addEventListener('click', async () => {
    $('status').textContent = 'Refreshing…';
    await fetch('/api/refresh', { method: 'POST', headers: { 'x-preview-token': token } });
    $('status').textContent = '';
  });
  $('send-test').addEventListener('click', async () => {
    $('status').textContent = 'Sending a test…';
    const response = await fetch('/api/send-test', { method: 'POST', headers: { 'content-type': 'application/json', 'x-preview-token': token }, body: '{}' });
    const result = await response.json();
    $('status').textContent = response.ok
      ? 'Test sent to ' + result.sent.map((s) => s.recipient).join(', ') + ' via ' + result.transport + (result.failed.length ? '; failed: ' + result.failed.map((f) => f.recipient + ' (' + f.reason + ')').join(', ') : '')
      : 'Test not sent: ' + result.error;
  });

  const events = new EventSource('/events');
  events.addEventListener('reload', () => load());
  load();
})();
`;
