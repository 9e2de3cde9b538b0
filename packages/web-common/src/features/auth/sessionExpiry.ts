/**
 * The Apollo error link reports an UNAUTHENTICATED error here (the session cookie expired or was
 * revoked while the app was open); the auth guard listens and sends the user to the login page.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

export function onSessionExpired(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifySessionExpired(): void {
  for (const listener of listeners) listener();
}
