// Renames one export of a wasm module in place (same-length names only, so no size field
// changes): node wasm-rename-export.mjs <file.wasm> <old> <new>.
// Used by scripts/wasm-link: wasm-bindgen drops the `__indirect_function_table` export that
// the split-off chunks need, so the main module exports the table under another name.
import { readFileSync, writeFileSync } from 'node:fs';

const [file, from, to] = process.argv.slice(2);
if (!file || !from || !to || from.length !== to.length) {
  throw new Error('usage: wasm-rename-export.mjs <file.wasm> <old> <new> (names of equal length)');
}
const bytes = readFileSync(file);
function leb(at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}
let at = 8;
let renamed = 0;
while (at < bytes.length) {
  const id = bytes[at];
  const [size, body] = leb(at + 1);
  if (id === 7) {
    let [count, p] = leb(body);
    for (; count > 0; count--) {
      const [len, name] = leb(p);
      if (bytes.toString('utf8', name, name + len) === from) {
        bytes.write(to, name, 'utf8');
        renamed++;
      }
      p = leb(name + len + 1)[1];
    }
  }
  at = body + size;
}
if (renamed !== 1) throw new Error(`${file}: expected one export named ${from}, found ${renamed}`);
writeFileSync(file, bytes);
