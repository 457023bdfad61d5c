// The split pipeline (scripts/wasm-link, scripts/postbuild.mjs): the built dist/ holds the main
// module, ONE split-off module and its loader, and the app fetches that module and uses it.
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { App } from './app.mjs';

const dist = 'dist';

test('dist/ holds the main module, one split-off module and its patched loader', () => {
  const files = readdirSync(dist);
  const glue = files.find((f) => /^overdue-[0-9a-f]+\.js$/.test(f));
  expect(glue).toBeTruthy();
  expect(files.filter((f) => f.endsWith('.wasm')).sort()).toEqual([
    'export-worker_bg.wasm',
    expect.stringMatching(/^overdue-[0-9a-f]+_bg\.wasm$/),
    'split_rest.wasm',
  ]);
  const loader = readFileSync(join(dist, '__wasm_split.js'), 'utf8');
  // Patched by postbuild: the hashed glue, and the table under the name wasm-bindgen keeps.
  expect(loader).toContain(`from "./${glue}"`);
  expect(loader).toContain('__wasm_split_shared_table: __indirect_function_table');
  expect(loader).toContain('"./split_rest.wasm"');
  expect(readFileSync(join(dist, glue), 'utf8')).toContain('"./__wasm_split.js"');
  // Both modules are valid wasm and the chunk's imports are what the main module exports.
  const main = new WebAssembly.Module(readFileSync(join(dist, files.find((f) => /^overdue-.*_bg\.wasm$/.test(f)))));
  const exports = new Set(WebAssembly.Module.exports(main).map((e) => e.name));
  expect(exports.has('__wasm_split_shared_table')).toBe(true);
  const chunk = new WebAssembly.Module(readFileSync(join(dist, 'split_rest.wasm')));
  const shared = WebAssembly.Module.imports(chunk).filter((i) => i.module === '__wasm_split').map((i) => i.name);
  expect(shared.length).toBeGreaterThan(0);
  for (const name of shared) {
    expect(exports.has(name === '__indirect_function_table' ? '__wasm_split_shared_table' : name)).toBe(true);
  }
  // The service worker precaches the split-off module, so a lazily loaded tool opens offline.
  expect(readFileSync(join(dist, 'sw.js'), 'utf8')).toContain('"./split_rest.wasm"');
});

test.describe('the split-off module', () => {
  test.use({ locale: 'en-GB', serviceWorkers: 'block' });
  test('is fetched once and serves a tool, the engine and evaluateCase', async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const fetched = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const app = new App(page);
    await app.open();
    await app.nav('limitation').click();
    await expect(page.getByTestId('tool-limitation')).toBeVisible();
    await app.nav('method').click();
    await expect(page.getByTestId('tool-method')).toBeVisible();
    const report = await page.evaluate(() => window.wasmBindings.evaluateCase({ nonsense: true }).catch((e) => e));
    expect(report).toHaveProperty('kind');
    expect(fetched.filter((p) => p.endsWith('/split_rest.wasm'))).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
