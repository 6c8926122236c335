import { useEffect, useState, type ReactNode } from 'react';
import type { Draft, DraftsRepository } from '@/lib/drafts';
import { MAX_FOCUS_AREAS, quarterView, type QuarterItem } from '@/lib/goals/quarter-view';
import { goalOfDraft } from './draft-session';
import type { BuilderT } from './strings';

/**
 * The goal hierarchy (broad goals with their SMART objectives under them, by `parentId`) and the
 * quarterly roadmap, which warns when a quarter holds more focus areas than a team can keep in view.
 * An objective's focus area is its broad goal; a goal without a parent is its own.
 */
export function PlanView({
  repository,
  t,
  currentId,
  onOpen,
  onAddObjective,
}: {
  repository: Pick<DraftsRepository, 'list'>;
  t: BuilderT;
  currentId: string | null;
  onOpen: (id: string) => void;
  onAddObjective: (parentId: string) => void;
}) {
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  useEffect(() => {
    let live = true;
    void repository.list({ status: 'active' }).then((list) => {
      if (live) setDrafts(list.drafts);
    });
    return () => {
      live = false;
    };
  }, [repository]);

  if (!drafts) return <p role="status">{t('plan.loading')}</p>;
  const byId = new Map(drafts.map((d) => [d.id, d]));
  const roots = drafts.filter((d) => !d.parentId || !byId.has(d.parentId));
  const childrenOf = (id: string) => drafts.filter((d) => d.parentId === id);
  const title = (d: Draft) => d.title || t('draft.untitled');

  const items: QuarterItem[] = drafts.map((d) => {
    const parent = d.parentId ? byId.get(d.parentId) : undefined;
    const { goal } = goalOfDraft(d);
    return {
      id: d.id,
      goal,
      focusArea: parent ? title(parent) : goal.why.broadGoal.split('\n')[0] || title(d),
    };
  });
  const view = quarterView(items);

  const renderTree = (d: Draft, depth: number): ReactNode => {
    const children = depth < 4 ? childrenOf(d.id) : [];
    return (
      <li key={d.id}>
        <button
          type="button"
          className="link"
          aria-current={d.id === currentId ? 'true' : undefined}
          onClick={() => onOpen(d.id)}
        >
          {title(d)}
        </button>{' '}
        <button
          type="button"
          className="small"
          aria-label={t('plan.addObjectiveTo', { goal: title(d) })}
          onClick={() => onAddObjective(d.id)}
        >
          +
        </button>
        {children.length ? <ul>{children.map((c) => renderTree(c, depth + 1))}</ul> : null}
      </li>
    );
  };

  return (
    <div className="plan">
      <section aria-labelledby="plan-tree">
        <h2 id="plan-tree">{t('plan.hierarchy')}</h2>
        {roots.length ? (
          <ul className="tree" data-testid="goal-tree">
            {roots.map((d) => renderTree(d, 0))}
          </ul>
        ) : (
          <p>{t('plan.empty')}</p>
        )}
      </section>
      <section aria-labelledby="plan-quarters">
        <h2 id="plan-quarters">{t('plan.quarters')}</h2>
        {view.warnings.map((w) => (
          <p key={w.quarter} className="warning" role="alert" data-testid="quarter-warning">
            {t('plan.tooMany', { quarter: w.quarter, count: w.count, max: MAX_FOCUS_AREAS })}
          </p>
        ))}
        {view.quarters.map((q) => (
          <div key={q.key} className="quarter" data-overloaded={String(q.overloaded)}>
            <h3>{q.key}</h3>
            <p className="hint">{t('plan.focusAreas', { areas: q.focusAreas.join(' · ') })}</p>
            <ul>
              {q.items.map((i) => (
                <li key={i.id}>
                  <button type="button" className="link" onClick={() => onOpen(i.id)}>
                    {title(byId.get(i.id)!)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {view.undated.length ? (
          <p className="hint">{t('plan.undated', { count: view.undated.length })}</p>
        ) : null}
      </section>
    </div>
  );
}
