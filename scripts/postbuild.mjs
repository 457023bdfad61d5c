// Trunk post-build hook, run in the staging folder before it becomes dist/:
// 1. moves Trunk's inline boot script into a file, so the Content-Security-Policy needs no
//    'unsafe-inline' for scripts;
// 2. for release builds, writes sw.js: it precaches every file of this build under a cache name
//    derived from the final bytes (after wasm-opt), so a worker never mixes two builds.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run through trunk');
const indexPath = join(dir, 'index.html');
let index = readFileSync(indexPath, 'utf8');

const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = index.match(inline);
if (match) {
  const body = match[1].trim() + '\n';
  const name = `boot-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body);
  index = index.replace(inline, `<script type="module" src="./${name}"></script>`);
  writeFileSync(indexPath, index);
}

// 3. copies the lazily loaded parts of the main wasm (split off by scripts/wasm-link) next to it,
//    and points their loader at the main module's hashed JS glue.
const glue = readdirSync(dir).find((f) => /^overdue-[0-9a-f]+\.js$/.test(f));
if (glue && readFileSync(join(dir, glue), 'utf8').includes('"./__wasm_split.js"')) {
  const profile = process.env.TRUNK_PROFILE === 'release' ? 'release' : 'debug';
  const target = process.env.CARGO_TARGET_DIR || join(process.env.TRUNK_SOURCE_DIR || '.', 'target');
  const splitDir = join(target, 'wasm32-unknown-unknown', profile, 'wasm-split', 'overdue');
  for (const f of readdirSync(splitDir)) {
    if (f === 'overdue.wasm') continue;
    let bytes = readFileSync(join(splitDir, f));
    if (f === '__wasm_split.js') {
      const text = bytes.toString('utf8');
      if (!text.includes('from "./overdue.js"')) throw new Error('unexpected __wasm_split.js');
      bytes = Buffer.from(text.replace('from "./overdue.js"', `from "./${glue}"`));
    }
    writeFileSync(join(dir, f), bytes);
    // Same optimiser and level as Trunk applies to the main module (data-wasm-opt="z").
    if (f.endsWith('.wasm') && process.env.TRUNK_PROFILE === 'release') {
      execFileSync('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
        '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types',
        '--enable-multivalue', join(dir, f), '-o', join(dir, f)], { stdio: 'inherit' });
    }
  }
}

function files(root) {
  return readdirSync(root).flatMap((entry) => {
    const path = join(root, entry);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

if (process.env.TRUNK_PROFILE === 'release') {
  const all = files(dir).filter((f) => !f.endsWith('sw.js')).sort();
  const hash = createHash('sha256');
  for (const f of all) hash.update(relative(dir, f)).update(readFileSync(f));
  const cache = `overdue-${hash.digest('hex').slice(0, 16)}`;
  const list = ['./', ...all.map((f) => './' + relative(dir, f).split('\\').join('/'))];
  const template = readFileSync(new URL('./sw.template.js', import.meta.url), 'utf8');
  writeFileSync(join(dir, 'sw.js'), template.replace('__CACHE__', cache).replace('__FILES__', JSON.stringify(list, null, 1)));
}
