// Trunk post-build hook, run in the staging folder before it becomes dist/:
// 1. moves Trunk's inline boot script into a file, so the Content-Security-Policy needs no
//    'unsafe-inline' for scripts;
// 2. for release builds, writes sw.js: it precaches every file of this build under a cache name
//    derived from the final bytes (after wasm-opt), so a worker never mixes two builds.
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
