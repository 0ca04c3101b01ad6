import { useTranslation } from 'react-i18next';

export type ValueKind = 'OFFICIAL' | 'SELF_ASSESSED' | 'SIMULATED' | 'DEMO';

/** What a value is, as text (never colour only): Resmi, Penilaian mandiri, Simulasi, Demo. */
export function ValueKindLabel({ kind }: { kind: ValueKind | null | undefined }) {
  const { t } = useTranslation('spbe');
  if (!kind) return null;
  return <span className={`value-kind value-kind-${kind.toLowerCase().replace('_', '-')}`}>{t(`valueKind.${kind}`)}</span>;
}
