import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { useRouteFocus } from './RouteFocus';

/** The page's <h1>: sets the document title and receives focus after a route change. */
export function PageHeading({ children, title }: { children: ReactNode; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  const lastPath = useRouteFocus();
  const { t } = useTranslation();
  const text = title ?? (typeof children === 'string' ? children : '');

  useEffect(() => {
    if (text) document.title = `${text} · ${t('app.titleSuffix')}`;
  }, [text, t]);

  useEffect(() => {
    if (!lastPath || lastPath.current === pathname) return;
    lastPath.current = pathname;
    ref.current?.focus();
  }, [pathname, lastPath]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
