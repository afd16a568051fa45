import type { Plan } from '../data/planSchema';
import { useT } from '../ui/useT';
import { SourceDocEntry } from '../sources/SourceLinks';
import { PanelSection, type SectionEntry } from './PanelSection';

export function SourcesSection({ docs, entry }: { docs: Plan[]; entry: SectionEntry }) {
  const { lang, t } = useT();
  return (
    <PanelSection entry={entry}>
      <ul className="source-docs">
        {docs.map((p) => (
          <li key={p.id} data-doc-plan={p.id}>
            <cite>{p.title[lang]}</cite> ({t('plans.period', { start: String(p.period.start), end: String(p.period.end) })}) —{' '}
            {p.issuer[lang]}, {p.date.label[lang]}; <SourceDocEntry file={p.doc} fallback={t(`plans.docKind.${p.docKind}`)} />
          </li>
        ))}
      </ul>
    </PanelSection>
  );
}
