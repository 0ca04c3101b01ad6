import { createContext, type ReactNode, type RefObject, useContext, useRef } from 'react';

/** Remembers the path whose heading got focus last, so a page moves focus only after navigation. */
const RouteFocusContext = createContext<RefObject<string | null> | null>(null);

export function RouteFocusProvider({ children }: { children: ReactNode }) {
  // The first page load keeps the browser's natural focus (top of the page).
  const lastPath = useRef<string | null>(typeof window === 'undefined' ? null : window.location.pathname);
  return <RouteFocusContext.Provider value={lastPath}>{children}</RouteFocusContext.Provider>;
}

export function useRouteFocus(): RefObject<string | null> | null {
  return useContext(RouteFocusContext);
}
