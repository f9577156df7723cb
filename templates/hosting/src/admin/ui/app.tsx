/** The page: checks the session, then shows the signed-in layout and the view the hash names. */
import { useEffect, useState } from 'preact/hooks';
import type { Integration } from '../../wire/types.js';
import { Accounts } from './accounts.js';
import { api, asApiError, setCsrfToken, whenSignedOut } from './api.js';
import { ApiTokens } from './api-tokens.js';
import { CreateServer } from './create-server.js';
import { href, type Route, useRoute } from './router.js';
import { ServerLogs } from './server-logs.js';
import { AccountServers } from './servers.js';
import { type SessionInfo, SignIn } from './sign-in.js';
import { FormError } from './widgets.js';

type State =
  | { kind: 'checking' }
  | { kind: 'signed-out'; reason?: string }
  | { kind: 'signed-in'; integration: Integration };

function View({ route, integration }: { route: Route; integration: Integration }) {
  switch (route.view) {
    case 'accounts':
      return <Accounts integration={integration} />;
    case 'account':
      return <AccountServers key={route.accountId} accountId={route.accountId} />;
    case 'create':
      return <CreateServer key={route.accountId} accountId={route.accountId} integration={integration} />;
    case 'logs':
      return <ServerLogs accountId={route.accountId} serverId={route.serverId} />;
    case 'api-tokens':
      return <ApiTokens />;
    default:
      return (
        <main>
          <h1>Not found</h1>
          <p>
            No page at {route.path}. <a href={href.accounts()}>Integrated accounts</a>
          </p>
        </main>
      );
  }
}

export function App() {
  const [state, setState] = useState<State>({ kind: 'checking' });
  const [error, setError] = useState<string>();
  const route = useRoute();

  const enter = async (session: SessionInfo) => {
    setCsrfToken(session.csrf_token);
    setState({ kind: 'signed-in', integration: await api<Integration>('GET', 'integration') });
  };

  useEffect(() => {
    whenSignedOut((reason) => setState({ kind: 'signed-out', reason }));
    api<SessionInfo>('GET', 'session')
      .then(enter)
      .catch((caught: unknown) => {
        const failure = asApiError(caught);
        setState({ kind: 'signed-out', reason: failure.code === 'session_expired' ? failure.message : undefined });
      });
  }, []);

  const signOut = async () => {
    try {
      await api('DELETE', 'session');
      setState({ kind: 'signed-out', reason: 'You signed out.' });
    } catch (caught) {
      setError(asApiError(caught).message);
    }
  };

  if (state.kind === 'checking') {
    return (
      <main>
        <p>Loading…</p>
      </main>
    );
  }
  const title = state.kind === 'signed-in' ? `${state.integration.display_name} MCP servers` : 'MCP servers';
  return (
    <>
      <header class="top">
        <a class="brand" href={href.accounts()}>
          {title}
        </a>
        {state.kind === 'signed-in' && (
          <nav aria-label="Main">
            <a
              href={href.accounts()}
              aria-current={route.view === 'accounts' || route.view === 'account' ? 'page' : undefined}
            >
              Accounts
            </a>
            <a href={href.apiTokens()} aria-current={route.view === 'api-tokens' ? 'page' : undefined}>
              API tokens
            </a>
            <button type="button" class="link" onClick={signOut}>
              Sign out
            </button>
          </nav>
        )}
      </header>
      <FormError message={error} />
      {state.kind === 'signed-out' ? (
        <SignIn
          reason={state.reason}
          onSignedIn={(session) => {
            void enter(session).catch((e: Error) => setError(e.message));
          }}
        />
      ) : (
        <View route={route} integration={state.integration} />
      )}
    </>
  );
}
