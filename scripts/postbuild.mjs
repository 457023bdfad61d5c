// Trunk post-build hook, run in the staging folder before it becomes dist/. In this order:
// 1. moves Trunk's inline boot script into a file, so the Content-Security-Policy needs no
//    'unsafe-inline' for scripts;
// 2. copies the parts split off the main wasm (by scripts/wasm-link) next to it, points their
//    loader at the main module's hashed JS glue and at the shared table export, and optimises
//    them with the level index.html gives the main module;
// 3. for release builds, saves the app's first screen in each language into index.html
//    (scripts/first-screen.mjs), for assets/first-screen.js (inlined, allowed by its hash in the
//    CSP) to show while the wasm loads;
// 4. for release builds, writes sw.js: it precaches every file of this build (so step 2 must come
//    first) under a cache name derived from the final bytes, so a worker never mixes two builds.
// Anything unexpected stops the build with a message saying what changed.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function fail(message) {
  throw new Error(`postbuild: ${message}`);
}

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) fail('TRUNK_STAGING_DIR is not set: run through trunk');
// Trunk's profile names the cargo profile folder the linker wrote the split parts into.
const profile = process.env.TRUNK_PROFILE;
if (profile !== 'release' && profile !== 'debug') {
  fail(`unexpected TRUNK_PROFILE "${profile}" (expected release or debug)`);
}
const source = process.env.TRUNK_SOURCE_DIR || '.';
checkVersions();
const indexPath = join(dir, 'index.html');
let index = readFileSync(indexPath, 'utf8');

// 1. The boot script.
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = index.match(inline);
if (match) {
  const body = match[1].trim() + '\n';
  const name = `boot-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body);
  index = index.replace(inline, `<script type="module" src="./${name}"></script>`);
  writeFileSync(indexPath, index);
}

// 2. The split-off parts.
const glue = readdirSync(dir).find((f) => /^overdue-[0-9a-f]+\.js$/.test(f));
if (!glue) fail('no overdue-<hash>.js in the staging folder (Trunk output changed?)');
if (readFileSync(join(dir, glue), 'utf8').includes('"./__wasm_split.js"')) {
  const target = process.env.CARGO_TARGET_DIR || join(source, 'target');
  const splitDir = join(target, 'wasm32-unknown-unknown', profile, 'wasm-split', 'overdue');
  if (!existsSync(splitDir)) {
    fail(`the glue imports __wasm_split.js but ${splitDir} is missing (did scripts/wasm-link run?)`);
  }
  const level = wasmOptLevel(readFileSync(join(source, 'index.html'), 'utf8'));
  const parts = readdirSync(splitDir).filter((f) => f !== 'overdue.wasm').sort();
  // One split point (src/main.rs) gives exactly one split-off module and its loader.
  if (parts.join(' ') !== '__wasm_split.js split_rest.wasm') {
    fail(`expected __wasm_split.js and split_rest.wasm in ${splitDir}, found: ${parts.join(' ')} ` +
      '(a second split point, or a renamed one? src/main.rs keeps ONE, see app::lazy)');
  }
  for (const f of parts) {
    if (f === 'overdue.wasm') continue;
    let bytes = readFileSync(join(splitDir, f));
    if (f === '__wasm_split.js') bytes = Buffer.from(patchLoader(bytes.toString('utf8')));
    writeFileSync(join(dir, f), bytes);
    if (f.endsWith('.wasm') && profile === 'release' && level) {
      execFileSync('wasm-opt', [`-O${level}`, '--enable-bulk-memory',
        '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals',
        '--enable-reference-types', '--enable-multivalue', join(dir, f), '-o', join(dir, f)],
      { stdio: 'inherit' });
    }
  }
}

if (readFileSync(join(dir, glue), 'utf8').includes('"./__wasm_split.js"')) {
  checkSharedImports();
} else if (profile === 'release') {
  fail(`${glue} does not import ./__wasm_split.js: the release build lost its split point ` +
    '(src/main.rs) or wasm-bindgen no longer passes the split imports through');
}

// The loader wasm-split-cli 0.2.4 writes imports the unhashed glue and the table export that
// wasm-bindgen drops; scripts/wasm-link renamed that export to one wasm-bindgen keeps.
function patchLoader(text) {
  const imports = 'from "./overdue.js"';
  const table = 'const { __indirect_function_table,';
  if (!text.includes(imports) || !text.includes(table)) {
    fail('unexpected __wasm_split.js (wasm-split-cli version changed?): ' +
      `expected ${JSON.stringify(imports)} and ${JSON.stringify(table)}`);
  }
  if (!text.includes('export const __wasm_split_load_rest =') || !text.includes('"./split_rest.wasm"')) {
    fail('unexpected __wasm_split.js: expected the export __wasm_split_load_rest fetching ' +
      './split_rest.wasm (split point renamed, or wasm-split-cli changed its loader?)');
  }
  return text.replace(imports, `from "./${glue}"`)
    .replace(table, 'const { __wasm_split_shared_table: __indirect_function_table,');
}

// What the split-off module imports from the main one must be what the main module exports
// after wasm-bindgen and wasm-opt: the loader hands the main module's exports to the chunk by
// name (its `const { … } = initSync(…)`), and a name wasm-bindgen or wasm-opt dropped or
// renamed would only fail in the browser, when a lazily loaded tool is opened.
function checkSharedImports() {
  const main = readdirSync(dir).find((f) => /^overdue-[0-9a-f]+_bg\.wasm$/.test(f));
  if (!main) fail('no overdue-<hash>_bg.wasm in the staging folder (Trunk output changed?)');
  const exports = new Set(WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(join(dir, main))))
    .map((e) => e.name));
  const loader = readFileSync(join(dir, '__wasm_split.js'), 'utf8');
  const shared = loader.match(/const \{([^}]*)\} = initSync/);
  if (!shared) fail('unexpected __wasm_split.js: no `const { … } = initSync` (wasm-split-cli changed?)');
  // `export` or `export: local` (the patched table).
  const pairs = shared[1].split(',').map((n) => n.trim()).filter(Boolean)
    .map((n) => n.split(':').map((p) => p.trim())).map(([e, l]) => [e, l ?? e]);
  const missing = pairs.map(([e]) => e).filter((n) => !exports.has(n));
  if (missing.length) {
    fail(`the split-off module needs main-module exports that ${main} lacks: ${missing.join(', ')} ` +
      '(wasm-bindgen or wasm-opt dropped or renamed them; see scripts/wasm-link)');
  }
  const chunk = new WebAssembly.Module(readFileSync(join(dir, 'split_rest.wasm')));
  const wanted = WebAssembly.Module.imports(chunk).filter((i) => i.module === '__wasm_split')
    .map((i) => i.name).filter((n) => !pairs.some(([, l]) => l === n));
  if (wanted.length) fail(`split_rest.wasm imports ${wanted.join(', ')}, which the loader does not pass`);
}

// The pinned tool versions the pipeline is written against (scripts/setup.sh installs them):
// the split relies on details of each (wasm-link, the loader patch, the export rename).
function checkVersions() {
  const setup = readFileSync(new URL('./setup.sh', import.meta.url), 'utf8');
  const pinned = (name) => setup.match(new RegExp(`^${name}=(\\S+)$`, 'm'))?.[1];
  const trunkWant = pinned('TRUNK_VERSION');
  const trunkHave = execFileSync('trunk', ['--version'], { encoding: 'utf8' }).trim();
  if (!trunkWant || trunkHave !== `trunk ${trunkWant}`) {
    fail(`this build ran with "${trunkHave}", the pipeline is pinned to trunk ${trunkWant} ` +
      '(scripts/setup.sh TRUNK_VERSION): check scripts/postbuild.mjs and scripts/wasm-link against the new version, then change the pin');
  }
  const lock = readFileSync(join(source, 'Cargo.lock'), 'utf8');
  const crate = lock.match(/\[\[package\]\]\nname = "wasm-bindgen"\nversion = "([^"]+)"/)?.[1];
  const trunkToml = readFileSync(join(source, 'Trunk.toml'), 'utf8').match(/^wasm_bindgen = "([^"]+)"/m)?.[1];
  if (!crate || crate !== trunkToml) {
    fail(`wasm-bindgen ${crate} in Cargo.lock but ${trunkToml} in Trunk.toml [tools]: pin both to the same version`);
  }
  const splitWant = pinned('WASM_SPLIT_VERSION');
  const installed = execFileSync('cargo', ['install', '--list'], { encoding: 'utf8' });
  if (!splitWant || !installed.includes(`wasm_split_cli_support v${splitWant}:`)) {
    fail(`wasm-split-cli is not the pinned ${splitWant} (scripts/setup.sh WASM_SPLIT_VERSION; ` +
      'its loader and output names are patched here): run scripts/setup.sh, or check the new version and change the pin');
  }
}

// The main module's data-wasm-opt, so the split parts get the same level ("0" means none).
function wasmOptLevel(html) {
  const link = html.match(/<link[^>]*data-bin="overdue"[^>]*>/);
  if (!link) fail('index.html has no <link data-trunk rel="rust" data-bin="overdue">');
  const level = link[0].match(/data-wasm-opt="([^"]*)"/);
  if (!level) fail('the overdue link in index.html has no data-wasm-opt');
  if (!/^(0|1|2|3|4|s|z)$/.test(level[1])) fail(`unexpected data-wasm-opt="${level[1]}"`);
  return level[1] === '0' ? null : level[1];
}

// 3. The static first screen.
if (profile === 'release') {
  const { captureFirstScreens } = await import('./first-screen.mjs');
  const script = '<script src="first-screen.js"></script>';
  const html = readFileSync(indexPath, 'utf8');
  if (!html.includes(script)) fail(`index.html has no ${script} to put the first screen before`);
  const screens = await captureFirstScreens(dir);
  const templates = Object.entries(screens)
    .map(([lang, { html: body }]) => `<template id="first-screen-${lang}">${body}</template>`).join('\n  ');
  // Inline, allowed by its hash in the CSP: one request less before the first paint.
  const code = readFileSync(join(dir, 'first-screen.js'), 'utf8');
  if (code.includes('</script')) fail('first-screen.js cannot be inlined (it contains </script)');
  const hash = createHash('sha256').update(code).digest('base64');
  const csp = "script-src 'self' 'wasm-unsafe-eval';";
  if (!html.includes(csp)) fail(`the CSP in index.html has no "${csp}" to add the first screen's script hash to`);
  writeFileSync(indexPath, html
    .replace(csp, `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}';`)
    .replace(script, `${templates}\n  <script>${code}</script>`));
}

// 4. The service worker.
function files(root) {
  return readdirSync(root).flatMap((entry) => {
    const path = join(root, entry);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

if (profile === 'release') {
  const all = files(dir).filter((f) => !f.endsWith('sw.js')).sort();
  const hash = createHash('sha256');
  for (const f of all) hash.update(relative(dir, f)).update(readFileSync(f));
  const cache = `overdue-${hash.digest('hex').slice(0, 16)}`;
  const list = ['./', ...all.map((f) => './' + relative(dir, f).split('\\').join('/'))];
  const template = readFileSync(new URL('./sw.template.js', import.meta.url), 'utf8');
  writeFileSync(join(dir, 'sw.js'), template.replace('__CACHE__', cache).replace('__FILES__', JSON.stringify(list, null, 1)));
}
