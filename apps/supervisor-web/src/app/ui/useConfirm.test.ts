import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent } from 'vue';
import { i18n } from '../../plugins/i18n';
import { useConfirm } from './useConfirm';

function withConfirm(action: (x: string) => Promise<unknown>, done = vi.fn()) {
  let state!: ReturnType<typeof useConfirm<string>>;
  mount(
    defineComponent({
      setup() {
        state = useConfirm(action, done);
        return () => null;
      },
    }),
    { global: { plugins: [i18n] } },
  );
  return { state, done };
}

describe('useConfirm', () => {
  it('runs the action on the thing asked about, closes, then calls done', async () => {
    const action = vi.fn(async () => true);
    const { state, done } = withConfirm(action);
    state.ask('2031-03-05');
    expect(state.target.value).toBe('2031-03-05');
    await state.confirm();
    expect(action).toHaveBeenCalledWith('2031-03-05');
    expect(state.target.value).toBeNull();
    expect(done).toHaveBeenCalledWith('2031-03-05');
  });

  it('keeps the dialog open with the refusal, and clears it when asked again', async () => {
    const { state, done } = withConfirm(() => Promise.reject(new Error('refused')));
    state.ask('x');
    await state.confirm();
    await flushPromises();
    expect(state.target.value).toBe('x');
    expect(state.error.value?.code).toBe('UNKNOWN_ERROR');
    expect(done).not.toHaveBeenCalled();
    expect(state.busy.value).toBe(false);
    state.cancel();
    state.ask('y');
    expect(state.error.value).toBeNull();
  });
});
