/** Sign-in with an admin token (one of MCP_ADMIN_TOKENS); the server answers with the session cookie. */
import { useState } from 'preact/hooks';
import { ApiError, api, fieldError } from './api.js';
import { FormError, TextField } from './widgets.js';

export interface SessionInfo {
  expires_at: string;
  csrf_token: string;
}

export function SignIn({ reason, onSignedIn }: { reason?: string; onSignedIn: (session: SessionInfo) => void }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onSignedIn(await api<SessionInfo>('POST', 'session', { admin_token: token }));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'error', String(caught)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="sign-in">
      <h1>Sign in</h1>
      {reason && (
        <p class="notice warn" role="status">
          {reason}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <TextField
          label="Admin token"
          hint="One of the server's MCP_ADMIN_TOKENS. It is sent once; the page then keeps a session cookie."
          error={fieldError(error, 'admin_token')}
          name="admin_token"
          type="password"
          autoComplete="current-password"
          required
          value={token}
          onValue={setToken}
        />
        <FormError message={error && error.field !== 'admin_token' ? error.message : undefined} />
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
    </main>
  );
}
