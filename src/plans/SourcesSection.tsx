import type { Plan } from '../data/planSchema';
import { useT } from '../ui/useT';
import { SourceDocEntry } from '../sources/SourceLinks';

export function SourcesSection({ docs }: { docs: Plan[] }) {
  const { lang, t } = useT();
  return (
    <>
      <h3 data-section="sources">{t('plans.sources')}</h3>
      <ul className="source-docs">
        {docs.map((p) => (
          <li key={p.id} data-doc-plan={p.id}>
            <cite>{p.title[lang]}</cite> ({t('plans.period', { start: String(p.period.start), end: String(p.period.end) })}) —{' '}
            {p.issuer[lang]}, {p.date.label[lang]}; <SourceDocEntry file={p.doc} fallback={t(`plans.docKind.${p.docKind}`)} />
          </li>
        ))}
      </ul>
    </>
  );
}
