/**
 * Importing a briefing file: checked with the same code and messages as `npm run check-pack`
 * (src/packs/briefingFile.ts), against the plans and regions loaded now. A good file is kept (under
 * a new id when one of that id is kept already); a bad one is listed problem by problem, each
 * naming its step and field in the current language with the checker's own words beside it, and
 * nothing kept changes.
 */
import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Briefing } from '../briefings/briefingSchema';
import { uniqueId } from '../briefings/briefingDraft';
import { explainProblem, type BriefingProblem } from '../briefings/problemText';
import { briefingIndexQuery } from '../briefings/useBriefings';
import type { Plan } from '../data/planSchema';
import type { RegionData } from '../data/regions';
import { validateBriefingFile } from '../packs/validatePack';
import { useT } from '../ui/useT';
import { shownText } from '../briefings/oneLanguage';

interface Props {
  data: RegionData;
  plans: readonly Plan[];
  categoryIds: readonly string[];
  /** briefings whose ids an import may not take (the shipped ones are refused by the check; kept ones are renamed) */
  keptIds: readonly string[];
  packBriefingIds: readonly string[];
  onImported: (briefing: Briefing, message: string) => void;
}

interface Failure {
  name: string;
  problems: BriefingProblem[];
}

const parsed = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

export function ImportBriefing({ data, plans, categoryIds, keptIds, packBriefingIds, onImported }: Props) {
  const { lang, t } = useT();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  const importFile = async (file: File) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const shipped = await client.fetchQuery(briefingIndexQuery).catch(() => null);
    const result = validateBriefingFile(bytes, file.name, [...data.regions.keys(), ...data.context.keys()], {
      builtInPlans: plans,
      taxonomyIds: categoryIds,
      briefingIds: [...(shipped?.briefings.map((b) => b.id) ?? []), ...packBriefingIds],
    });
    if (!result.ok) {
      const json = parsed(new TextDecoder().decode(bytes));
      setFailure({ name: file.name, problems: result.problems.map((p) => explainProblem(p, json)) });
      return;
    }
    setFailure(null);
    const id = uniqueId(result.briefing.id, keptIds);
    const briefing = { ...result.briefing, id };
    const vars = { title: shownText(briefing.title, lang), n: String(briefing.steps.length), id };
    onImported(briefing, id === result.briefing.id ? t('builder.imported', vars) : t('builder.importedAs', vars));
  };

  return (
    <div className="builder-import">
      <button type="button" onClick={() => input.current?.click()}>
        {t('builder.import')}
      </button>
      <input
        ref={input}
        hidden
        aria-label={t('builder.import')}
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {failure && (
        <div className="builder-problems" role="alert">
          <p>{t('builder.importFailed', { name: failure.name.slice(0, 80), count: String(failure.problems.length) })}</p>
          <ol>
            {failure.problems.map((p, i) => (
              <li key={i} data-step={p.step ?? undefined}>
                {p.text[lang]}
                <br />
                <span className="muted small">
                  {t('builder.checkerSays')}: <code lang="en">{p.raw}</code>
                </span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
