// Module hooks that let oidc-provider 9 run on Node 18 (Debian 12's nodejs).
// oidc-provider 9 calls crypto.hash() (Node >= 20.12 / 21.7); on a Node
// without it, provider.mjs registers this file with module.register(), and
// every `import … from 'node:crypto'` outside this file resolves to a shim
// that re-exports node:crypto plus a hash() built on createHash().
// (URL.parse, also newer than Node 18, is polyfilled in provider.mjs.)

const SHIM = 'sucai-compat:crypto';
const SHIM_SOURCE = `
import crypto from 'node:crypto';
export * from 'node:crypto';
export const hash = (algorithm, data, outputEncoding = 'hex') =>
  crypto.createHash(algorithm).update(data).digest(outputEncoding);
export default { ...crypto, hash };
`;

export async function resolve(specifier, context, nextResolve) {
  if ((specifier === 'node:crypto' || specifier === 'crypto') && context.parentURL !== SHIM) {
    return { url: SHIM, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (url === SHIM) return { format: 'module', source: SHIM_SOURCE, shortCircuit: true };
  return nextLoad(url, context);
}
