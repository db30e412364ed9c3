import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, formatReport } from '../../src/cli/check-content.ts';
import { createQuestion, nextOrder } from '../../src/cli/new-question.ts';
import { slugify } from '../../src/lib/slug.ts';
import { QUESTIONS_DIR, SEED_CONTENT } from './helpers/content-files.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'questions-'));
  cpSync(QUESTIONS_DIR, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run new', () => {
  it('makes ids that read well in a URL', () => {
    expect(slugify('Managing Managers')).toBe('managing-managers');
    expect(slugify('Strategic Planning & Budgeting')).toBe('strategic-planning-and-budgeting');
    expect(slugify('  Café: résumé?! ')).toBe('cafe-resume');
  });

  it('creates a draft with every field, the next free order and a STAR outline', async () => {
    expect(nextOrder(dir)).toBe(6);
    const path = createQuestion('Handling an Underperformer', dir);
    expect(path).toBe(join(dir, 'handling-an-underperformer.mdx'));
    const text = readFileSync(path, 'utf8');
    for (const field of ['title', 'question', 'order', 'kind', 'topics', 'situation', 'task', 'action', 'result', 'keyPoints', 'draft']) {
      expect(text).toMatch(new RegExp(`^${field}:`, 'm'));
    }
    expect(text).toContain('title: "Handling an Underperformer"');
    expect(text).toContain('order: 6');
    expect(text).toContain('draft: true');
    for (const part of ['Situation', 'Task', 'Action', 'Result']) expect(text).toContain(`**${part}:**`);
    // Every field has a comment saying what goes in it.
    expect(text.match(/^# /gm)!.length).toBeGreaterThanOrEqual(8);

    const report = await checkContent(dir, dir);
    expect(report.invalid).toBe(0);
    expect(formatReport(report)).toContain(
      'handling-an-underperformer.mdx  draft (left out of the site); still to write: question, situation, task, action, result, keyPoints, topics, the answer (lines 30, 32, 33, 34, 35)',
    );
  });

  it('refuses to overwrite a file', () => {
    const before = readFileSync(join(dir, 'managing-managers.mdx'), 'utf8');
    expect(() => createQuestion('Managing Managers', dir)).toThrow(/managing-managers\.mdx already exists/);
    expect(readFileSync(join(dir, 'managing-managers.mdx'), 'utf8')).toBe(before);
  });

  it('asks for a title', () => {
    expect(() => createQuestion('  ', dir)).toThrow('Give the question a title');
  });

  it('once the draft line is removed, its placeholders are errors', async () => {
    const path = createQuestion('Handling an Underperformer', dir);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, readFileSync(path, 'utf8').replace('draft: true\n', ''));
    const report = await checkContent(dir, dir);
    expect(report.invalid).toBe(1);
    expect(formatReport(report)).toContain('handling-an-underperformer.mdx:5  question: question is still a placeholder');
    expect(formatReport(report)).toContain('handling-an-underperformer.mdx:12  topics: topics needs at least one topic');
  });
});

describe('npm run new -- --topics', () => {
  it('runs as the coverage page gives it for a gap: the draft has the question’s topics', async () => {
    const { execFileSync } = await import('node:child_process');
    const { newStoryCommand } = await import('../../src/lib/bank/new-story.ts');
    const root = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(SEED_CONTENT, root, { recursive: true });
    const command = newStoryCommand('blameless-review', ['incidents', 'failure']);
    expect(command).toBe('npm run new -- --topics incidents,failure "Blameless review"');
    // The words after "npm run new --", as a shell would split them.
    const args = [...command.slice('npm run new -- '.length).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
    execFileSync(process.execPath, [join(import.meta.dirname, '../../src/cli/new-question.ts'), ...args], { env: { ...process.env, CONTENT_DIR: root } });
    const text = readFileSync(join(root, 'questions/blameless-review.mdx'), 'utf8');
    expect(text).toContain('title: "Blameless review"');
    expect(text).toMatch(/^topics: \[incidents, failure\]$/m);
    const report = await checkContent(join(root, 'questions'), root);
    expect(report.invalid).toBe(0);
    expect(formatReport(report)).not.toMatch(/blameless-review\.mdx .*still to write: .*topics/);
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses a topic outside the vocabulary, naming it', async () => {
    const { parseTopics } = await import('../../src/lib/scaffold.ts');
    expect(parseTopics('incidents, failure,incidents')).toEqual(['incidents', 'failure']);
    expect(() => parseTopics('incidents,teamwork')).toThrow(/Unknown topic teamwork: use people-management, .*\(src\/lib\/topics\.ts\)/);
  });
});
