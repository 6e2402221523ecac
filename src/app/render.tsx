import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { Router } from 'wouter';
import { App } from './App';
import { loadRoleScreens, Screens } from './Screens';
import { createQueryClient } from '../fhir/queryClient';
import { ProblemPage } from './ProblemPage';
import type { AppSession } from './session';
import type { LaunchProblem } from '../smart/launchErrors';
import '../styles/app.scss';

// The React side of the redirect page, its own chunk: src/app/boot.ts has sent the first screen's
// requests before this code is evaluated (the browser fetched it with the page, through the
// modulepreload links launch/buildPlugins.ts adds), so evaluating React overlaps the requests.
let root: Root | undefined;

function appRoot(): Root {
  const container = document.getElementById('root');
  if (!container) {
    throw new Error('index.html has no #root');
  }
  root ??= createRoot(container);
  return root;
}

/** Renders the signed-in user's screens, once their code (and a clinician's first data) is in: the first screen never suspends. */
export async function renderApp(session: AppSession): Promise<void> {
  const client = createQueryClient();
  await loadRoleScreens(session, client).catch(() => undefined); // a failed chunk shows through the screen's boundary
  appRoot().render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <Router>
          <App session={session}>
            <Screens session={session} />
          </App>
        </Router>
      </QueryClientProvider>
    </StrictMode>,
  );
}

/** A full-page problem in place of the app. */
export function renderProblem(problem: LaunchProblem): void {
  document.title = `${problem.title} – HJP Link`;
  appRoot().render(<ProblemPage problem={problem} />);
}
