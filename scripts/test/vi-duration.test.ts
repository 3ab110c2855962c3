import { expect, it } from 'vitest';
import { durationVi } from '../src/lib/vi-duration.ts';

it('says waits in seconds below a minute and in minutes above, with a decimal comma', () => {
  expect(durationVi(300)).toBe('0,3 giây');
  expect(durationVi(1000)).toBe('1 giây');
  expect(durationVi(20_000)).toBe('20 giây');
  expect(durationVi(600_000)).toBe('10 phút');
  expect(durationVi(90_000)).toBe('1,5 phút');
});
