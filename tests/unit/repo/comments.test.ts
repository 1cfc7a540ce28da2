/**
 * Comments that point a reader at a file of this project point at one that exists: a stale
 * pointer sends a newcomer looking for what is not there.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|css)$/.test(name) ? [path] : [];
  });
}

/** Paths of the project's own folders named in the comments of a file (not its import lines). */
function pointers(text: string): string[] {
  const comments = text.match(/\/\*[\s\S]*?\*\/|\/\/.*$/gm) ?? [];
  return comments.flatMap(
    (comment) => comment.match(/\b(?:src|docs|deploy|scripts|tests|public)\/[\w./-]*[\w-]\.[a-z]+\b/g) ?? [],
  );
}

describe('comments name files that exist', () => {
  const files = [
    ...sourceFiles(join(ROOT, 'src')),
    ...sourceFiles(join(ROOT, 'scripts')),
    join(ROOT, 'vite.config.ts'),
    join(ROOT, 'eslint.config.js'),
    join(ROOT, 'playwright.config.ts'),
  ];

  it('finds such pointers to check', () => {
    expect(files.flatMap((f) => pointers(readFileSync(f, 'utf8'))).length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s', (_name, file) => {
    const missing = pointers(readFileSync(file, 'utf8')).filter((path) => !existsSync(join(ROOT, path)));
    expect(missing).toEqual([]);
  });
});
