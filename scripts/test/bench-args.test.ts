// The bench's command line (scripts/src/bench/args.ts): defaults, the fast step's change, and the
// Vietnamese error a wrong value gets.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STEPS, parseArgs, type BenchOptions } from '../src/bench/args.ts';

const parse = (...argv: string[]) => parseArgs(argv) as BenchOptions;

describe('npm run bench -- [options]', () => {
  it('edits before each fast build unless told to unpublish', () => {
    expect(parse().fastChange).toBe('edit');
    expect(parse('--fast-change', 'unpublish').fastChange).toBe('unpublish');
    expect(parse('--fast-change=unpublish', '--steps', 'gen,cold,fast').fastChange).toBe('unpublish');
    expect(parse('--fast-change', 'edit').fastChange).toBe('edit');
  });

  it('refuses another change, or none, in Vietnamese', () => {
    expect(() => parse('--fast-change', 'delete')).toThrow('--fast-change phải là edit hoặc unpublish, nhận được "delete"');
    expect(() => parse('--fast-change')).toThrow('--fast-change cần một giá trị');
    expect(() => parse('--fast-change', '--keep')).toThrow('--fast-change cần một giá trị');
  });

  it('keeps the other defaults', () => {
    const options = parse();
    expect([...options.steps]).toEqual(DEFAULT_STEPS);
    expect(options).toMatchObject({ articles: 10_000, db: 'sqlite', publishes: 5, profileFast: false });
    expect(parseArgs(['--help'])).toBe('help');
  });
});
