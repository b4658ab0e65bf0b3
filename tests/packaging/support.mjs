// Shared by the packaging tests: the version (from Cargo.toml, as
// scripts/package.sh reads it), the artifacts' paths, temp folders, commands.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../e2e/support/server.mjs';

export { REPO_ROOT };

/** `version` of Cargo.toml's [package] table. */
export function cargoVersion() {
  let inPackage = false;
  for (const line of readFileSync(path.join(REPO_ROOT, 'Cargo.toml'), 'utf8').split('\n')) {
    if (line.startsWith('[')) inPackage = line.trim() === '[package]';
    const m = inPackage && /^version\s*=\s*"([^"]+)"/.exec(line);
    if (m) return m[1];
  }
  throw new Error('no version in Cargo.toml');
}

export const VERSION = cargoVersion();
export const PACKAGE_DIR = path.join(REPO_ROOT, 'target/package');

/** The path of an artifact in target/package/, which must exist. */
export function artifact(name) {
  const file = path.join(PACKAGE_DIR, name);
  assert.ok(existsSync(file), `${file} missing: run bash scripts/package.sh`);
  return file;
}

/** A fresh temporary folder; removed by the returned function. */
export function tempDir(prefix) {
  const dir = mkdtempSync(path.join(tmpdir(), `startklar-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs a command, returns its stdout; the error names the command and shows its output. */
export function run(command, args, options = {}) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
  } catch (err) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  }
}
