// An OpenID Connect provider (RFC 8628 device flow) on 127.0.0.1 for Sucai's
// QR sign-in tests. Built on the npm package oidc-provider (see package.json).
//
//   node provider.mjs --port PORT --state DIR [--modules NODE_MODULES_DIR]
//
// (or SUCAI_OIDC_PORT / SUCAI_OIDC_STATE / SUCAI_OIDC_NODE_MODULES in the
// environment). --modules: the node_modules directory that `npm ci` of this
// folder made (signin.sh keeps it outside the source tree); without it, the
// usual lookup (a local `npm install` here). Listens on
// 127.0.0.1:PORT only, issuer http://127.0.0.1:PORT. tests/servers/signin.sh
// starts it; see tests/servers/README.md.
//
// State dir: key.pem + cert.pem (RS256 key and a self-signed certificate,
// made with openssl on first start and kept afterwards), and optionally
// settings.json (below). Everything else (grants, tokens, sessions) lives in
// memory and is lost on exit.
//
// One public client: client_id "sucai-test", no client authentication, grant
// types device_code and refresh_token, no redirect URIs. Scopes openid,
// offline_access (→ refresh_token), profile, email. The built-in development
// interactions accept any login name (and any password); the login name
// becomes `sub`, `name`, `preferred_username`, and `<login>@sucai.test` the
// email. Those claims go into the ID token too (conformIdTokenClaims off).
//
// Lifetimes and polling, in seconds; environment at start, overridden by
// DIR/settings.json when present (read again at every use, so a test may
// write it, run, and delete it without a restart):
//   SUCAI_OIDC_ID_TOKEN_TTL      idTokenTTL       default 3600
//   SUCAI_OIDC_ACCESS_TOKEN_TTL  accessTokenTTL   default 3600
//   SUCAI_OIDC_REFRESH_TOKEN_TTL refreshTokenTTL  default 1209600 (14 days)
//   SUCAI_OIDC_DEVICE_CODE_TTL   deviceCodeTTL    default 600
//   SUCAI_OIDC_INTERVAL          interval         default unset: the device
//       authorization response carries no "interval" (oidc-provider never
//       sends one; clients then use RFC 8628's 5 s). Set: it is sent.
//   SUCAI_OIDC_SLOW_DOWN=1       slowDown: true   answer a device_code poll
//       that comes sooner than `interval` (5 s when unset) after the previous
//       one with 400 {"error":"slow_down"} and, as RFC 8628 says, require 5 s
//       more between this device code's later polls (oidc-provider itself
//       never sends slow_down). Every poll, answered or not, restarts the wait.
// settings.json example: {"idTokenTTL": 5, "interval": 1}
//
// Each request is logged to stdout as one line. SIGTERM/SIGINT: close the
// listener and every keep-alive connection, then exit 0.

import { execFileSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

// oidc-provider 9 wants Node >= 20.12 (crypto.hash), calls URL.parse
// (Node >= 22.1, 20.18), and jose 6 uses the global WebCrypto `crypto` (a
// global from Node 19 on): fill them in on older Node, e.g. Debian 12's 18.
if (typeof crypto.hash !== 'function') register('./node18-compat.mjs', import.meta.url);
globalThis.crypto ??= crypto.webcrypto;
URL.parse ??= (url, base) => {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
};

function fail(msg, code = 1) {
  process.stderr.write(`provider.mjs: error: ${msg}\n`);
  process.exit(code);
}

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.SUCAI_OIDC_PORT },
    state: { type: 'string', default: process.env.SUCAI_OIDC_STATE },
    modules: { type: 'string', default: process.env.SUCAI_OIDC_NODE_MODULES },
  },
});

const port = Number(args.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) fail('--port PORT (1-65535) is required', 2);
if (!args.state) fail('--state DIR is required', 2);
const stateDir = path.resolve(args.state);
fs.mkdirSync(stateDir, { recursive: true });

// oidc-provider comes from --modules DIR (a node_modules made by `npm ci`
// outside the source tree, as signin.sh does), or else from the usual
// lookup (tests/servers/oidc/node_modules after a local `npm install`).
async function loadProvider() {
  if (!args.modules) return import('oidc-provider');
  const dir = path.resolve(args.modules, 'oidc-provider');
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return import(pathToFileURL(path.join(dir, pkg.main ?? 'lib/index.js')).href);
}
let Provider;
try {
  ({ default: Provider } = await loadProvider());
} catch (e) {
  fail(`cannot load oidc-provider${args.modules ? ` from ${args.modules}` : ''}: ${e.message}`);
}

const CLIENT_ID = 'sucai-test';
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

// ---------------------------------------------------------------- settings

const settingsFile = path.join(stateDir, 'settings.json');

function envNumber(name, fallback) {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) fail(`${name} must be a positive number, not '${v}'`, 2);
  return n;
}

const envSettings = {
  idTokenTTL: envNumber('SUCAI_OIDC_ID_TOKEN_TTL', 3600),
  accessTokenTTL: envNumber('SUCAI_OIDC_ACCESS_TOKEN_TTL', 3600),
  refreshTokenTTL: envNumber('SUCAI_OIDC_REFRESH_TOKEN_TTL', 14 * 24 * 3600),
  deviceCodeTTL: envNumber('SUCAI_OIDC_DEVICE_CODE_TTL', 600),
  interval: envNumber('SUCAI_OIDC_INTERVAL', undefined),
  slowDown: process.env.SUCAI_OIDC_SLOW_DOWN === '1',
};

function settings() {
  let over = {};
  try {
    over = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
  } catch (e) {
    if (e.code !== 'ENOENT') console.error(`provider.mjs: ignoring ${settingsFile}: ${e.message}`);
  }
  return { ...envSettings, ...over };
}

const ttl = (key) => () => {
  const v = Math.round(Number(settings()[key]));
  return Number.isFinite(v) && v >= 1 ? v : envSettings[key];
};

// --------------------------------------------------------- key + certificate

const keyFile = path.join(stateDir, 'key.pem');
const certFile = path.join(stateDir, 'cert.pem');
if (!fs.existsSync(keyFile) || !fs.existsSync(certFile)) {
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '3650',
      '-subj', '/CN=sucai-test-oidc', '-keyout', keyFile, '-out', certFile,
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    fail(`openssl could not make the key and certificate: ${e.stderr || e.message}`);
  }
}
const certDer = new crypto.X509Certificate(fs.readFileSync(certFile)).raw;
const jwk = {
  ...crypto.createPrivateKey(fs.readFileSync(keyFile)).export({ format: 'jwk' }),
  kid: crypto.createHash('sha256').update(certDer).digest('base64url').slice(0, 16),
  alg: 'RS256',
  use: 'sig',
  x5c: [certDer.toString('base64')], // standard base64 of the DER, as RFC 7517 says
};

// -------------------------------------------------------------- the provider

const issuer = `http://127.0.0.1:${port}`;

const configuration = {
  clients: [{
    client_id: CLIENT_ID,
    client_name: 'Sucai (test)',
    token_endpoint_auth_method: 'none',
    grant_types: [DEVICE_GRANT, 'refresh_token'],
    response_types: [],
    redirect_uris: [],
    application_type: 'native',
  }],
  jwks: { keys: [jwk] },
  scopes: ['openid', 'offline_access', 'profile', 'email'],
  claims: {
    openid: ['sub'],
    profile: ['name', 'preferred_username'],
    email: ['email', 'email_verified'],
  },
  conformIdTokenClaims: false,
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        return {
          sub: id, name: id, preferred_username: id, email: `${id}@sucai.test`, email_verified: true,
        };
      },
    };
  },
  features: {
    deviceFlow: { enabled: true },
    devInteractions: { enabled: true },
    revocation: { enabled: true },
  },
  // The default already does this; spelled out because the sign-in needs it:
  // a refresh token for every grant that got offline_access consented.
  async issueRefreshToken(_ctx, client, code) {
    return client.grantTypeAllowed('refresh_token') && code.scopes.has('offline_access');
  },
  ttl: {
    IdToken: ttl('idTokenTTL'),
    AccessToken: ttl('accessTokenTTL'),
    RefreshToken: ttl('refreshTokenTTL'),
    DeviceCode: ttl('deviceCodeTTL'),
    Interaction: 3600,
    Session: 14 * 24 * 3600,
    Grant: 14 * 24 * 3600,
  },
  cookies: { keys: [crypto.randomBytes(32).toString('base64url')] },
};

const provider = new Provider(issuer, configuration);

// Per device code: the last poll and the interval it must keep, for
// SUCAI_OIDC_SLOW_DOWN.
const lastPoll = new Map();

provider.use(async (ctx, next) => {
  const t0 = performance.now();
  const s = settings();
  if (s.slowDown && ctx.method === 'POST' && ctx.path === '/token') {
    // Peek at the form body without consuming it for oidc-provider.
    const raw = await new Promise((resolve, reject) => {
      const chunks = [];
      ctx.req.on('data', (c) => chunks.push(c));
      ctx.req.on('end', () => resolve(Buffer.concat(chunks)));
      ctx.req.on('error', reject);
    });
    const form = new URLSearchParams(raw.toString('utf8'));
    ctx.request.body = raw.toString('utf8'); // oidc-provider parses it from here
    if (form.get('grant_type') === DEVICE_GRANT && form.get('device_code')) {
      const dc = form.get('device_code');
      const now = Date.now();
      const poll = lastPoll.get(dc) ?? { at: undefined, interval: s.interval ?? 5 };
      const tooSoon = poll.at !== undefined && now - poll.at < poll.interval * 1000;
      poll.at = now;
      if (tooSoon) poll.interval += 5; // RFC 8628 §3.5: +5 s for this and later polls
      lastPoll.set(dc, poll);
      if (tooSoon) {
        ctx.status = 400;
        ctx.body = { error: 'slow_down', error_description: 'polling too fast' };
        ctx.set('Cache-Control', 'no-store');
        console.log(`${ctx.method} ${ctx.path} ${ctx.status} slow_down ${(performance.now() - t0).toFixed(1)} ms`);
        return;
      }
    }
  }
  await next();
  if (ctx.oidc?.route === 'device_authorization' && ctx.status === 200 && s.interval !== undefined
      && ctx.body && typeof ctx.body === 'object') {
    ctx.body = { ...ctx.body, interval: Math.max(1, Math.round(Number(s.interval))) };
  }
  const err = ctx.status >= 400 && ctx.body && typeof ctx.body === 'object' && ctx.body.error
    ? ` ${ctx.body.error}` : '';
  console.log(`${ctx.method} ${ctx.path} ${ctx.status}${err} ${(performance.now() - t0).toFixed(1)} ms`);
});

provider.on('server_error', (_ctx, e) => console.error('server_error:', e));

// ------------------------------------------------------------------- server

const server = http.createServer(provider.callback());
server.on('error', (e) => {
  if (e.code === 'EADDRINUSE') fail(`127.0.0.1:${port} is in use`, 98);
  fail(e.message);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`oidc-provider ${issuer} ready (node ${process.version}, state ${stateDir})`);
});

function shutdown(sig) {
  console.log(`${sig}: closing`);
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
