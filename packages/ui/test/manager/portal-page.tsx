import type { ReactNode } from 'react';

/** The demo portal's page, in short: a header with its navigation, then in <main> a heading, a line, and `children`. */
export function PortalPage({ children }: { children: ReactNode }) {
  return (
    <>
      <header>
        <strong>Acme Broker</strong>
        <nav aria-label="Demo">
          <a href="/hooks">The same on the headless hooks</a>
        </nav>
      </header>
      <main>
        <h1>My documents</h1>
        <p>Upload the documents we need to verify your identity.</p>
        {children}
      </main>
    </>
  );
}
