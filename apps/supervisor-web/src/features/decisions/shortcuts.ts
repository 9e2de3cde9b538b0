/**
 * The queue's keyboard shortcuts, as in the activity queue: j / k move to the next / previous
 * row, x selects it, a approves, r rejects (or returns). Ignored while typing in a field, with a
 * modifier held, or while a dialog-like form has the focus.
 */
import { onBeforeUnmount, onMounted } from 'vue';

export type ShortcutAction = 'next' | 'previous' | 'select' | 'approve' | 'reject';

const KEYS: Readonly<Record<string, ShortcutAction>> = {
  j: 'next',
  k: 'previous',
  x: 'select',
  a: 'approve',
  r: 'reject',
};

/** The action of a key press, or null when it is not a shortcut here. */
export function shortcutOf(event: KeyboardEvent): ShortcutAction | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target as HTMLElement | null;
  if (
    target &&
    (target.isContentEditable ||
      ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) === true) &&
    // A row's checkbox is part of the list: the shortcuts work from it.
    !(target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'checkbox')
  )
    return null;
  return KEYS[event.key] ?? null;
}

/** Calls `handle` for each shortcut pressed while the component is mounted. */
export function useShortcuts(handle: (action: ShortcutAction) => void): void {
  const listener = (event: KeyboardEvent) => {
    const action = shortcutOf(event);
    if (!action) return;
    event.preventDefault();
    handle(action);
  };
  onMounted(() => window.addEventListener('keydown', listener));
  onBeforeUnmount(() => window.removeEventListener('keydown', listener));
}
