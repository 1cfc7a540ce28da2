/** The benchmark's baseline: the smallest React page, rendering one heading and one sentence. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <main>
      <h1>Blank React page</h1>
      <p>The baseline the benchmark compares the dashboard with: React and one paragraph, nothing else.</p>
    </main>
  </StrictMode>,
);
