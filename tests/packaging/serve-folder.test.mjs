// dist/ only ever holds a release build: `bash scripts/serve.sh` (Trunk's
// debug build with live reload) must build into a folder of its own.
// A static check of the command line, because a serve build takes minutes;
// running serve.sh and comparing dist/'s checksums before and after showed
// dist/ untouched and the debug build in target/serve/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from './support.mjs';

test('serve.sh builds into target/serve/, never into dist/', () => {
  const script = readFileSync(path.join(REPO_ROOT, 'scripts/serve.sh'), 'utf8');
  const serveLines = script.split('\n').filter((line) => /^\s*(exec\s+)?trunk\s+serve\b/.test(line));
  assert.equal(serveLines.length, 1, 'one trunk serve command');
  const dist = /--dist(?:=|\s+)(\S+)/.exec(serveLines[0])?.[1];
  assert.ok(dist, `trunk serve without --dist: ${serveLines[0]}`);
  const resolved = path.resolve(REPO_ROOT, dist);
  assert.equal(resolved, path.join(REPO_ROOT, 'target/serve'));
  // Trunk.toml's dist (where `trunk build --release` writes) stays dist/.
  assert.match(readFileSync(path.join(REPO_ROOT, 'Trunk.toml'), 'utf8'), /^dist = "dist"$/m);
});
