import { useState } from 'react';
import type { SignedInEvent } from 'tillit/events';

export function App() {
  const [user, setUser] = useState('');
  // React 19 adds a listener for each `on<event-name>` prop of a custom element.
  const signedIn = (event: SignedInEvent) => setUser(event.session.user.displayName);
  return (
    <main>
      <h1>Example Exchange</h1>
      {user ? (
        // The session is the client's (a cookie): the element loads the signed-in account's settings itself.
        <security-settings headingLevel={2} />
      ) : (
        <>
          <login-form headingLevel={2} ontillit-signed-in={signedIn} />
          <login-form identifier="phone" methods="password" headingLevel={2} ontillit-signed-in={signedIn} />
        </>
      )}
      <p role="status">{user && `Signed in as ${user}`}</p>
    </main>
  );
}
