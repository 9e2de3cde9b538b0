import { describe, expect, it } from 'vitest';
import { runEach } from './bulk';

describe('runEach', () => {
  it('decides every item in order and lists each failure with its reason', async () => {
    const order: string[] = [];
    const outcome = await runEach(
      ['a', 'b', 'c'],
      async (x) => {
        order.push(x);
        if (x === 'b') throw new Error('sudah diterbitkan');
      },
      (e) => (e as Error).message,
    );
    expect(order).toEqual(['a', 'b', 'c']);
    expect(outcome).toEqual({
      done: ['a', 'c'],
      failed: [{ item: 'b', message: 'sudah diterbitkan' }],
    });
  });

  it('does nothing for nothing', async () => {
    expect(await runEach([], () => Promise.resolve(), String)).toEqual({ done: [], failed: [] });
  });
});
