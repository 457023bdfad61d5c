// Trunk post-build hook, run in the staging folder before it becomes dist/. In this order:
// 1. moves Trunk's inline boot script into a file, so the Content-Security-Policy needs no
//    'unsafe-inline' for scripts;
// 2. copies the parts split off the main wasm (by scripts/wasm-link) next to it, points their
//    loader at the main module's hashed JS glue and at the shared table export, and optimises
//    them with the level index.html gives the main module;
// 3. for release builds, writes sw.js: it precaches every file of this build (so step 2 must come
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
  for (const f of readdirSync(splitDir)) {
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

// The loader wasm-split-cli 0.2.4 writes imports the unhashed glue and the table export that
// wasm-bindgen drops; scripts/wasm-link renamed that export to one wasm-bindgen keeps.
function patchLoader(text) {
  const imports = 'from "./overdue.js"';
  const table = 'const { __indirect_function_table,';
  if (!text.includes(imports) || !text.includes(table)) {
    fail('unexpected __wasm_split.js (wasm-split-cli version changed?): ' +
      `expected ${JSON.stringify(imports)} and ${JSON.stringify(table)}`);
  }
  return text.replace(imports, `from "./${glue}"`)
    .replace(table, 'const { __wasm_split_shared_table: __indirect_function_table,');
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

// 3. The service worker.
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
