// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../src/ui/panel';

afterEach(cleanup);

function Broken(): never {
  throw new Error('chart exploded');
}

describe('each panel has its own error boundary', () => {
  it('shows a message in the failing panel and leaves the others working', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <main>
        <Panel id="a" title="Ranking">
          <Broken />
        </Panel>
        <Panel id="b" title="Articles">
          <p>Guangming Daily</p>
        </Panel>
      </main>,
    );
    expect(screen.getByRole('region', { name: 'Ranking' }).textContent).toContain('这一部分出错了');
    expect(screen.getByRole('alert').textContent).toContain('页面其余部分仍可使用');
    expect(screen.getByRole('region', { name: 'Articles' }).textContent).toContain('Guangming Daily');
    quiet.mockRestore();
  });
});
