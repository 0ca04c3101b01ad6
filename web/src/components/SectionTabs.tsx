import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';

/** Links between the pages of one section (e.g. Koordinasi: Peserta · Mentoring), the current one marked. */
export function SectionTabs({ label, links }: { label: string; links: Array<{ to: string; text: string }> }) {
  return (
    <nav aria-label={label} className="section-tabs">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end>
              {link.text}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The coordinator's pages: learners' progress and mentoring. */
export function CoordinationTabs() {
  const { t } = useTranslation();
  return (
    <SectionTabs
      label={t('coordinationTabs.label')}
      links={[
        { to: '/koordinasi/peserta', text: t('coordinationTabs.learners') },
        { to: '/koordinasi/mentoring', text: t('coordinationTabs.mentoring') },
      ]}
    />
  );
}
