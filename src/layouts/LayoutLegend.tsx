import { memo } from 'react';
import type { Plan } from '../data/planSchema';
import { useT } from '../ui/useT';
import { selectedElementKey, useUi } from '../state/store';
import type { ElementRef } from '../state/elementRef';
import { elementKey } from './layoutFeatures';
import { DEFAULT_PLAN_COLOUR, KIND_STYLE, PLAN_COLOURS } from './symbols';
import { SymbolIcon } from './SymbolIcon';

interface Props {
  plans: Plan[];
  matchedElements: ReadonlySet<string> | null;
  onChoose: (ref: ElementRef) => void;
}

/** Each plan's layout, grouped by period, with a show/hide switch and every element as a button. */
export const LayoutLegend = memo(function LayoutLegend({ plans, matchedElements, onChoose }: Props) {
  const { lang, t } = useT();
  const hiddenPlans = useUi((s) => s.hiddenPlans);
  const togglePlan = useUi((s) => s.togglePlan);
  const selectedElement = useUi(selectedElementKey);
  const groups = [
    { title: t('layout.current'), plans: plans.filter((p) => p.period.start >= 2021) },
    { title: t('layout.old'), plans: plans.filter((p) => p.period.start < 2021) },
  ];
  return (
    <div className="legend">
      {groups.map((group) => (
        <section key={group.title} aria-label={group.title}>
          <h3>{group.title}</h3>
          {group.plans.map((plan) => {
            const colour = PLAN_COLOURS[plan.id] ?? DEFAULT_PLAN_COLOUR;
            return (
              <div key={plan.id} className="legend-plan">
                <label className="legend-plan-title">
                  <input type="checkbox" checked={!hiddenPlans.includes(plan.id)} onChange={() => togglePlan(plan.id)} />
                  <span style={{ borderLeftColor: colour }}>
                    {plan.title[lang]}{' '}
                    <small className="muted">
                      {plan.period.start}–{plan.period.end}
                    </small>
                  </span>
                </label>
                <ul>
                  {plan.layout.map((element) => {
                    const key = elementKey(plan.id, element.id);
                    const style = KIND_STYLE[element.kind];
                    const placed = element.members.length > 0;
                    const dimmed = matchedElements !== null && !matchedElements.has(key);
                    return (
                      <li key={key} className={dimmed ? 'dimmed' : undefined}>
                        <button
                          type="button"
                          aria-current={selectedElement === key ? 'true' : undefined}
                          onClick={() => onChoose({ planId: plan.id, elementId: element.id })}
                        >
                          <SymbolIcon shape={style.geometry === 'line' ? 'line' : style.shape} colour={colour} dashed={style.dashed} />
                          <span>
                            {element.name[lang]}
                            <small className="muted">
                              {' · '}
                              {t(`layout.kind.${element.kind}`)}
                              {!placed && ` · ${t('layout.unplaced')}`}
                              {element.members.some((m) => m.status === 'interpretation') && ` · ${t('layout.interpretation')}`}
                            </small>
                          </span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
});
