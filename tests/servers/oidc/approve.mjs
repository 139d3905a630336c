#!/usr/bin/env node
// Plays the user of an RFC 8628 device flow on the test OIDC provider
// (tests/servers/oidc/provider.mjs): opens the verification page and submits
// each page's form, the way a browser would, with a small cookie jar
// (node:http only; no npm packages).
//
//   node approve.mjs [options] VERIFICATION_URL LOGIN
//
//   VERIFICATION_URL  verification_uri_complete (…/device?user_code=XXXX-XXXX),
//                     or verification_uri together with --user-code
//   LOGIN             any login name; it becomes the ID token's `sub`
//   --user-code CODE  type CODE into the code input page
//   --password PW     password to type (default "test"; any is accepted)
//   --deny            refuse instead of approving: press [Abort] on the
//                     "Confirm Device" page; the client's next poll gets
//                     access_denied
//   --deny-at STEP    refuse at STEP: confirm (same as --deny), login or
//                     consent ([Cancel] on that page; access_denied too)
//   --timeout S       give up after S seconds (default 30)
//   --verbose         print each page as it is walked
//
// Exits 0 when the flow ended as asked (the "Sign-in Success" page, or the
// denial went through), 1 with a message on stderr when a page is not what
// was expected, 2 on bad usage. Only the verification URL's own origin is
// ever contacted. Needs Node 18+ and nothing else.

import * as http from 'node:http';
import * as https from 'node:https';
import { parseArgs } from 'node:util';

const USAGE = 'usage: node approve.mjs [--deny | --deny-at confirm|login|consent] '
  + '[--user-code CODE] [--password PW] [--timeout S] [--verbose] VERIFICATION_URL LOGIN';

function usage(msg) {
  if (msg) process.stderr.write(`approve.mjs: ${msg}\n`);
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      deny: { type: 'boolean', default: false },
      'deny-at': { type: 'string' },
      'user-code': { type: 'string' },
      password: { type: 'string', default: 'test' },
      timeout: { type: 'string', default: '30' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (e) {
  usage(e.message);
}
const { values: opt, positionals } = parsed;
if (opt.help) usage();
if (positionals.length !== 2) usage('expected VERIFICATION_URL and LOGIN');
const [startUrl, login] = positionals;
if (!login) usage('LOGIN must not be empty');
let denyAt = opt['deny-at'] ?? (opt.deny ? 'confirm' : undefined);
if (denyAt !== undefined && !['confirm', 'login', 'consent'].includes(denyAt)) {
  usage(`--deny-at must be confirm, login or consent, not '${denyAt}'`);
}
const timeoutMs = Number(opt.timeout) * 1000;
if (!(timeoutMs > 0)) usage('--timeout must be a positive number of seconds');

let origin;
try {
  origin = new URL(startUrl).origin;
} catch {
  usage(`not a URL: ${startUrl}`);
}

const trail = [];
function fail(msg, page) {
  process.stderr.write(`approve.mjs: error: ${msg}\n`);
  if (trail.length) process.stderr.write(`approve.mjs: pages walked: ${trail.join(' → ')}\n`);
  if (page) {
    process.stderr.write(`approve.mjs: last page (${page.status} ${page.url}):\n`);
    process.stderr.write(`${textOf(page.body).slice(0, 1500)}\n`);
  }
  process.exit(1);
}
const say = (msg) => { if (opt.verbose) process.stderr.write(`approve.mjs: ${msg}\n`); };

// ------------------------------------------------------------- cookie jar

// name+path → { name, value, path, expires }. Host-only: one origin is used.
const jar = new Map();

function storeCookies(lines, url) {
  for (const line of lines) {
    const [pair, ...attrs] = line.split(';');
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const cookie = {
      name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim(), path: undefined, expires: Infinity,
    };
    for (const a of attrs) {
      const i = a.indexOf('=');
      const k = (i < 0 ? a : a.slice(0, i)).trim().toLowerCase();
      const v = i < 0 ? '' : a.slice(i + 1).trim();
      if (k === 'path' && v.startsWith('/')) cookie.path = v;
      else if (k === 'max-age') cookie.expires = Date.now() + Number(v) * 1000;
      else if (k === 'expires' && cookie.expires === Infinity) cookie.expires = Date.parse(v);
    }
    if (!cookie.path) {
      // RFC 6265 default-path: the request path up to its last '/'.
      const p = new URL(url).pathname;
      cookie.path = p.lastIndexOf('/') > 0 ? p.slice(0, p.lastIndexOf('/')) : '/';
    }
    const key = `${cookie.name}\n${cookie.path}`;
    if (cookie.expires <= Date.now()) jar.delete(key);
    else jar.set(key, cookie);
  }
}

function cookieHeader(url) {
  const p = new URL(url).pathname;
  const now = Date.now();
  const match = [...jar.values()].filter((c) => c.expires > now && (
    p === c.path || (p.startsWith(c.path) && (c.path.endsWith('/') || p[c.path.length] === '/'))));
  match.sort((a, b) => b.path.length - a.path.length); // longer paths first, as browsers do
  return match.map((c) => `${c.name}=${c.value}`).join('; ');
}

// ------------------------------------------------------------------- HTTP

const deadline = Date.now() + timeoutMs;

// One HTTP exchange with node:http(s) (not fetch: Debian 12's Node 18 has no
// Headers.getSetCookie(), and a joined Set-Cookie is ambiguous).
function exchange(method, url, headers, body) {
  const u = new URL(url);
  const mod = u.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const left = deadline - Date.now();
    if (left <= 0) {
      reject(new Error(`timed out after ${opt.timeout} s`));
      return;
    }
    const req = mod.request(u, { method, headers, timeout: left }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({
        status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'),
      }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timed out after ${opt.timeout} s`)));
    req.on('error', reject);
    req.end(body);
  });
}

// One request, following redirects (same origin only). Returns the page.
async function request(method, url, form) {
  let body = form ? new URLSearchParams(form).toString() : undefined;
  for (let hops = 0; hops < 10; hops++) {
    if (new URL(url).origin !== origin) fail(`refusing to leave ${origin}: ${method} ${url}`);
    const headers = { accept: 'text/html', 'user-agent': 'sucai-approve/1', connection: 'close' };
    const cookies = cookieHeader(url);
    if (cookies) headers.cookie = cookies;
    if (body !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers['content-length'] = Buffer.byteLength(body);
    }
    let res;
    try {
      res = await exchange(method, url, headers, body);
    } catch (e) {
      fail(`${method} ${url}: ${e.message}`);
    }
    storeCookies(res.headers['set-cookie'] ?? [], url);
    say(`${method} ${url} → ${res.status}`);
    if ([301, 302, 303, 307, 308].includes(res.status)) {
      const loc = res.headers.location;
      if (!loc) fail(`${res.status} without Location from ${url}`);
      url = new URL(loc, url).href;
      if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
      }
      continue;
    }
    return { status: res.status, url, body: res.body };
  }
  return fail(`too many redirects from ${url}`);
}

// ------------------------------------------------------------------- HTML

function decode(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (m, e) => {
    const l = e.toLowerCase();
    if (l === 'amp') return '&';
    if (l === 'lt') return '<';
    if (l === 'gt') return '>';
    if (l === 'quot') return '"';
    if (l === 'apos') return "'";
    return String.fromCodePoint(l[1] === 'x' ? parseInt(l.slice(2), 16) : parseInt(l.slice(1), 10));
  });
}

function attrs(tag) {
  const out = {};
  for (const m of tag.matchAll(/([a-zA-Z_:.-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    out[m[1].toLowerCase()] = decode(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

function forms(html, baseUrl) {
  const out = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const a = attrs(m[1]);
    const fields = {};
    for (const i of m[2].matchAll(/<input\b([^>]*)>/gi)) {
      const ia = attrs(i[1]);
      if (ia.name) fields[ia.name] = ia.value ?? '';
    }
    out.push({
      id: a.id, method: (a.method || 'get').toUpperCase(), action: new URL(a.action || baseUrl, baseUrl).href, fields,
    });
  }
  return out;
}

const titleOf = (html) => decode(/<title>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.trim() ?? '');
function textOf(html) {
  return decode(html.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

// -------------------------------------------------------------- the walk

let page = await request('GET', startUrl);
const seen = {
  input: 0, confirm: 0, login: 0, consent: 0,
};

for (let step = 0; step < 20; step++) {
  const title = titleOf(page.body);
  const text = textOf(page.body);
  const fs = forms(page.body, page.url);
  const form = fs[0];
  const prompt = form?.fields.prompt;

  if (page.status >= 400 || title.startsWith('oops!')) {
    trail.push(`error page ${page.status}`);
    // (oidc-provider 9.13 ends a denial on the code input page, below; an
    // error page that says access_denied is taken as a denial too.)
    if (denyAt && denyAt !== 'confirm' && /access_denied/.test(text)) {
      console.log(`denied at ${denyAt} (provider said: access_denied)`);
      process.exit(0);
    }
    fail(`the provider answered an error page (HTTP ${page.status})`, page);
  }

  if (title === 'Sign-in Success') {
    trail.push('success');
    if (denyAt) fail(`asked to deny at ${denyAt}, but the sign-in succeeded`, page);
    console.log(`approved as ${login}`);
    process.exit(0);
  }

  if (title === 'Submitting Callback' && form) {
    // The auto-submitting form (verification_uri_complete → POST /device).
    trail.push('auto-submit');
    page = await request(form.method, form.action, form.fields);
    continue;
  }

  if (form?.id === 'op.deviceInputForm') {
    if (/interrupted/i.test(text)) {
      trail.push('aborted');
      if (denyAt) {
        console.log(`denied at ${denyAt} (the provider says the sign-in request was interrupted)`);
        process.exit(0);
      }
      fail('the provider says the sign-in request was interrupted', page);
    }
    if (/incorrect/i.test(text)) fail('the provider says the code is incorrect (unknown, expired or already used user code)', page);
    if (/error processing/i.test(text)) fail('the provider could not process the code (expired or already used?)', page);
    const code = opt['user-code'];
    if (!code) fail('the provider asks for the user code: give --user-code, or use verification_uri_complete', page);
    if (seen.input++) fail('the provider asks for the user code again', page);
    trail.push('code input');
    page = await request('POST', form.action, { ...form.fields, user_code: code });
    continue;
  }

  if (form?.id === 'op.deviceConfirmForm') {
    if (seen.confirm++) fail('the "Confirm Device" page came twice', page);
    trail.push('confirm device');
    const fields = { ...form.fields };
    if (denyAt === 'confirm') {
      fields.abort = 'yes'; // the [Abort] button of the same form
    }
    page = await request('POST', form.action, fields);
    continue;
  }

  if (prompt === 'login' || prompt === 'consent') {
    if (seen[prompt]++) fail(`the ${prompt} page came twice (the provider did not accept it)`, page);
    trail.push(prompt);
    if (denyAt === prompt) {
      const cancel = /<a href="([^"]*\/abort)"/.exec(page.body)?.[1];
      if (!cancel) fail(`no [Cancel] link on the ${prompt} page`, page);
      page = await request('GET', new URL(decode(cancel), page.url).href);
      continue;
    }
    const fields = prompt === 'login' ? { ...form.fields, login, password: opt.password } : { ...form.fields };
    page = await request(form.method, form.action, fields);
    continue;
  }

  if (step > 0) fail(`unexpected page "${title}"`, page);
  fail(`"${startUrl}" is not the provider's device verification page (title "${title}")`, page);
}
fail('too many pages', page);
