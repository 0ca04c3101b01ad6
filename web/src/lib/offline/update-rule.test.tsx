/**
 * Issue 13's rule for a new version of the app: "announced, and applied on the next navigation, never in
 * the middle of a quiz". The service worker container is a fake (jsdom has none); the shell's status
 * region (components/OfflineStatus.tsx), the router and register-service-worker.ts are the real ones.
 */
import { act, screen, waitFor } from '@testing-library/react';
import { useNavigate } from 'react-router-dom';
import { OfflineStatus } from '../../components/OfflineStatus';
import { i18n } from '../../i18n/i18n';
import { renderWithProviders, testUser } from '../../test/render';
import { offlineState } from './offline-state';
import { registerServiceWorker } from './register-service-worker';

const QUIZ = '/belajar/m1/kuis/q1';
const ANNOUNCED_ID = 'Versi baru Living Lab sudah siap';
const ANNOUNCED_EN = 'A new version of Living Lab is ready and will be used when you open another page.';

interface FakeWorker extends EventTarget {
  state: string;
  postMessage: jest.Mock;
}

function fakeWorker(state: string): FakeWorker {
  return Object.assign(new EventTarget(), { state, postMessage: jest.fn() });
}

/** navigator.serviceWorker as a browser has it: a registration, maybe a worker waiting, maybe a page controller. */
function fakeContainer({ waiting, controlled }: { waiting: FakeWorker | null; controlled: boolean }) {
  const registration = Object.assign(new EventTarget(), {
    waiting,
    installing: null as FakeWorker | null,
    update: jest.fn(async () => undefined),
  });
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? fakeWorker('activated') : null,
    register: jest.fn(async () => registration),
  });
  const listen = jest.spyOn(container, 'addEventListener');
  Object.defineProperty(window.navigator, 'serviceWorker', { value: container, configurable: true });
  return { registration, container, listen };
}

/** Route changes as the app's links make them. */
let navigate: (to: string) => void = () => undefined;
function Navigator() {
  navigate = useNavigate();
  return null;
}

function renderShell(route: string) {
  return renderWithProviders(
    <>
      <OfflineStatus />
      <Navigator />
    </>,
    { user: testUser(), route },
  );
}

async function go(to: string) {
  await act(async () => navigate(to));
  // The status region applies the update through a dynamic import: let it settle.
  await act(async () => {
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
  });
}

const SKIP_WAITING = { type: 'SKIP_WAITING' };

beforeEach(() => {
  // registerServiceWorker also looks for a new version every hour: not in these tests.
  jest.spyOn(window, 'setInterval').mockImplementation(() => 0 as unknown as ReturnType<typeof setInterval>);
});

afterEach(() => {
  jest.restoreAllMocks();
  act(() => offlineState.reset());
  delete (window.navigator as { serviceWorker?: unknown }).serviceWorker;
});

describe('a new version of the app', () => {
  it('is announced in the status region, in Bahasa Indonesia and in English, and not applied on the page it was found on', async () => {
    const waiting = fakeWorker('installed');
    fakeContainer({ waiting, controlled: true });
    renderShell('/katalog');
    await act(() => registerServiceWorker());

    expect(screen.getByRole('status')).toHaveTextContent(ANNOUNCED_ID);
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('status')).toHaveTextContent(ANNOUNCED_EN);
    expect(waiting.postMessage).not.toHaveBeenCalled();
  });

  it('is not announced on the first install (no page was controlled yet: nothing to update)', async () => {
    fakeContainer({ waiting: fakeWorker('installed'), controlled: false });
    renderShell('/katalog');
    await act(() => registerServiceWorker());

    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(offlineState.get().updateReady).toBe(false);
  });

  it('takes over on the next route change, and the page then reloads at the new address', async () => {
    const waiting = fakeWorker('installed');
    const { listen } = fakeContainer({ waiting, controlled: true });
    renderShell('/katalog');
    await act(() => registerServiceWorker());

    await go('/profil');

    expect(waiting.postMessage).toHaveBeenCalledTimes(1);
    expect(waiting.postMessage).toHaveBeenCalledWith(SKIP_WAITING);
    expect(listen).toHaveBeenCalledWith('controllerchange', expect.any(Function), { once: true });

    // Applied once: a further route change before the reload asks nothing more.
    await go('/katalog');
    expect(waiting.postMessage).toHaveBeenCalledTimes(1);
  });

  it('waits while a quiz attempt is in progress and takes over when the learner leaves the quiz', async () => {
    const waiting = fakeWorker('installed');
    fakeContainer({ waiting, controlled: true });
    renderShell('/katalog');
    await act(() => registerServiceWorker());

    // Opening the quiz is a route change, but it is the quiz: the version the attempt started with stays.
    await go(QUIZ);
    expect(waiting.postMessage).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(ANNOUNCED_ID);

    await go('/konten/m1');
    expect(waiting.postMessage).toHaveBeenCalledWith(SKIP_WAITING);
  });

  it('found while the learner is in a quiz: announced, and applied only once the quiz is left', async () => {
    const { registration } = fakeContainer({ waiting: null, controlled: true });
    renderShell(QUIZ);
    await act(() => registerServiceWorker());
    expect(offlineState.get().updateReady).toBe(false);

    // The new version installs in the background (updatefound, then installed).
    const installing = fakeWorker('installing');
    act(() => {
      registration.installing = installing;
      registration.dispatchEvent(new Event('updatefound'));
      installing.state = 'installed';
      registration.waiting = installing;
      installing.dispatchEvent(new Event('statechange'));
    });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(ANNOUNCED_ID));

    // Another quiz of the same module (still a quiz page): still not applied.
    await go('/belajar/m1/kuis/q2');
    expect(installing.postMessage).not.toHaveBeenCalled();

    await go('/');
    expect(installing.postMessage).toHaveBeenCalledWith(SKIP_WAITING);
  });
});
