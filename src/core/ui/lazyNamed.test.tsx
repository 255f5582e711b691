/** lazyNamed: lazily loaded named exports that render without a fallback once their chunk is in. */
import { Suspense } from 'react';
import { render, screen } from '@testing-library/react';
import { lazyNamed } from './lazyNamed';

function Greeting({ name }: { name: string }) {
  return <p>Hallo {name}</p>;
}
function Farewell({ name }: { name: string }) {
  return <p>Tot ziens {name}</p>;
}

function renderInSuspense(element: React.ReactNode) {
  return render(<Suspense fallback={<p>Laden…</p>}>{element}</Suspense>);
}

describe('lazyNamed', () => {
  it('shows the fallback while its chunk loads, then the component with its props', async () => {
    const Lazy = lazyNamed(() => Promise.resolve({ Greeting }), 'Greeting');
    renderInSuspense(<Lazy name="Sophie" />);
    expect(screen.getByText('Laden…')).toBeInTheDocument();
    expect(await screen.findByText('Hallo Sophie')).toBeInTheDocument();
  });

  it('renders at once, without a fallback, once its chunk was preloaded', async () => {
    const Lazy = lazyNamed(() => Promise.resolve({ Greeting }), 'Greeting');
    await Lazy.preload();
    renderInSuspense(<Lazy name="Sophie" />);
    expect(screen.getByText('Hallo Sophie')).toBeInTheDocument();
    expect(screen.queryByText('Laden…')).not.toBeInTheDocument();
  });

  it('loads a chunk shared by several components once: preloading one preloads them all', async () => {
    const load = vi.fn(() => Promise.resolve({ Greeting, Farewell }));
    const LazyGreeting = lazyNamed(load, 'Greeting');
    const LazyFarewell = lazyNamed(load, 'Farewell');
    await LazyGreeting.preload();
    renderInSuspense(<LazyFarewell name="Sophie" />);
    expect(screen.getByText('Tot ziens Sophie')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries a failed chunk again the next time (a phone back online)', async () => {
    const load = vi.fn<() => Promise<{ Greeting: typeof Greeting }>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ Greeting });
    const Lazy = lazyNamed(load, 'Greeting');
    await expect(Lazy.preload()).rejects.toThrow('offline');
    await Lazy.preload();
    renderInSuspense(<Lazy name="Sophie" />);
    expect(screen.getByText('Hallo Sophie')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
