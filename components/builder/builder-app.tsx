import {
  Suspense,
  lazy,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ComponentType,
} from 'react';
import type { Lang } from '@/lib/analysis/schema';
import type { AutosaveStatus, Draft, DraftsRepository } from '@/lib/drafts';
import { todayIso } from '@/lib/goals/dates';
import { emptyGoal, type Goal } from '@/lib/goals/goal';
import { toMarkdown, toPlainText, toSentence } from '@/lib/goals/sentence';
import { goalFromTemplate, type GoalTemplate } from '@/lib/goals/templates';
import { UI_LANGS, translator, uiLangFrom, type UiLang } from '@/lib/i18n';
import { CalculatorsView } from './calculators-view';
import { replayJournal, type DraftJournal } from './draft-journal';
import { draftFieldsOf, openDraftSession, type DraftSession } from './draft-session';
import { GoalActions, type CopyFormat } from './goal-actions';
import { GoalEditor, type StepKey } from './goal-editor';
import { GoalSummary } from './goal-summary';
import { createBlankDraft, openStartDraft } from './open-draft';
import { StartView } from './start-view';
import { BUILDER_STRINGS, type BuilderT } from './strings';
import { parentCandidates } from '@/lib/goals/hierarchy';

/**
 * The goal builder: one app for the toolbar popup, the side panel and a full tab. State lives in the
 * drafts database, so every view opens the same draft; this component only holds the open session.
 * Everything that touches the browser comes in through `services` (composed in entrypoints/).
 */

export type BuilderPlace = 'popup' | 'sidepanel' | 'tab';
export type UiLangSetting = 'auto' | UiLang;

export interface BuilderServices {
  repository: DraftsRepository;
  journal: DraftJournal;
  /** `?draft=` from the URL. */
  requestedDraftId?: string | null;
  /** The latest active draft, its read begun before the first render (see openStartDraft). */
  latestDraft?: Promise<Draft | undefined>;
  /** Reads and removes `builder:pendingDraft` (left by the background before opening the popup). */
  consumePending?: () => Promise<string | undefined>;
  /** Calls `onDraft` whenever the background leaves a draft to show while the app is open. */
  watchPending?: (onDraft: (id: string) => void) => () => void;
  /** Sends `field/insert-last-focused`; rejects when the background cannot be reached. */
  insert: (text: string) => Promise<{ inserted: boolean; reason?: string }>;
  copy: (text: string) => Promise<void>;
  saveUiLang: (lang: UiLangSetting) => Promise<void>;
  /** The drafts list (components/drafts/drafts-view.tsx); injected so tests can leave it out. */
  DraftsView?: ComponentType<{
    repository: DraftsRepository;
    lang: UiLang;
    onOpen: (id: string) => void;
  }>;
  /** The per-site switch (components/options/site-toggle.tsx); it reads the active tab. */
  SiteToggle?: ComponentType<{ lang?: UiLang }>;
  /** Fixed date for tests; the real date otherwise. */
  today?: string;
  /** The window whose visibility and pagehide flush the autosave. */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'> & {
    document: Pick<Document, 'visibilityState'>;
  };
}

// Not on screen at first paint: loads when first opened (with the quarter view), not at start.
const PlanView = lazy(() => import('./plan-view').then((m) => ({ default: m.PlanView })));

type View = 'goal' | 'start' | 'plan' | 'calculators' | 'drafts';
const VIEWS: readonly View[] = ['goal', 'start', 'plan', 'calculators', 'drafts'];

interface Notice {
  text: string;
  kind?: 'error';
  action?: { label: string; run: () => void };
}

const LANG_NAMES: Record<UiLang, string> = {
  en: 'English',
  zh: '中文',
  ru: 'Русский',
  vi: 'Tiếng Việt',
};

/** The four languages as `<option>`s, each named in its own language (UI and goal pickers). */
const LANG_OPTIONS = UI_LANGS.map((l) => (
  <option key={l} value={l}>
    {LANG_NAMES[l]}
  </option>
));

export function BuilderApp({
  services,
  place,
  uiLang: initialLang,
  uiLangSetting,
}: {
  services: BuilderServices;
  place: BuilderPlace;
  uiLang: UiLang;
  uiLangSetting: UiLangSetting;
}) {
  const { repository, journal } = services;
  const today = services.today ?? todayIso();
  const [uiLang, setUiLang] = useState<UiLang>(initialLang);
  const [langSetting, setLangSetting] = useState<UiLangSetting>(uiLangSetting);
  const t = translator(BUILDER_STRINGS, uiLang);
  // Session callbacks outlive a render: they read the current translator from here.
  const tRef = useRef(t);
  useEffect(() => {
    tRef.current = t;
  });

  const [view, setView] = useState<View>('goal');
  const [step, setStep] = useState<StepKey>('why');
  const session = useRef<DraftSession | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [goal, setGoal] = useState<Goal | null>(null);
  const [status, setStatus] = useState<AutosaveStatus>('saved');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [parents, setParents] = useState<Draft[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);

  const open = useCallback(
    /** `show`: switch to the goal view (not when the first draft loads: the person may be elsewhere). */
    async (next: Draft, show = true) => {
      const previous = session.current;
      if (previous) {
        await previous.flush();
        previous.dispose();
      }
      // Replaying a journalled edit reports a status before openDraftSession returns.
      let s: DraftSession | undefined = undefined;
      s = openDraftSession(repository, journal, next, {
        onStatus: (st) => {
          setStatus(st);
          if (s && session.current === s) setDraft(s.draft);
        },
        onConflict: (copy) => {
          setDraft(copy);
          setNotice({ text: tRef.current('notice.conflict', { title: copy.title }) });
        },
      });
      session.current = s;
      setDraft(s.draft);
      setGoal(s.goal);
      setStatus(s.status);
      if (s.unreadable) setNotice({ text: tRef.current('notice.unreadable'), kind: 'error' });
      if (show) setView('goal');
    },
    [repository, journal],
  );

  // Start: the requested or pending draft, else the latest, else a blank one; edits journalled by a
  // view closed mid-typing are written first. Kept in a ref so a remount (React's StrictMode in
  // development) reuses the same start instead of consuming the pending draft or creating twice.
  const starting = useRef<Promise<{
    start: Awaited<ReturnType<typeof openStartDraft>>;
    copies: string[];
  }> | null>(null);
  useEffect(() => {
    let cancelled = false;
    starting.current ??= (async () => {
      const start = await openStartDraft(repository, {
        requestedId: services.requestedDraftId,
        consumePending: services.consumePending,
        lang: initialLang,
        latest: services.latestDraft,
      });
      return { start, copies: await replayJournal(journal, repository, start.draft.id) };
    })();
    starting.current.then(
      async ({ start, copies }) => {
        if (cancelled) return;
        await open(start.draft, false);
        if (start.missing) setNotice({ text: tRef.current('notice.missing'), kind: 'error' });
        else if (copies.length) setNotice({ text: tRef.current('notice.recovered') });
      },
      (error: unknown) => {
        if (!cancelled) setLoadError(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      cancelled = true;
    };
    // Runs once per app: the services do not change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Closing the popup or hiding the tab saves at once.
  useEffect(() => {
    const target = services.target ?? window;
    const flush = () => void session.current?.flush();
    const onVisibility = () => {
      if (target.document.visibilityState === 'hidden') flush();
    };
    target.addEventListener('visibilitychange', onVisibility);
    target.addEventListener('pagehide', flush);
    return () => {
      target.removeEventListener('visibilitychange', onVisibility);
      target.removeEventListener('pagehide', flush);
      // Not disposed: a remount keeps editing this session, and what is unsaved is journalled.
      flush();
    };
  }, [services.target]);

  // First render with a draft committed: the "interactive" point `npm run bench:builder` measures.
  const interactive = useRef(false);
  useEffect(() => {
    if (!draft || interactive.current) return;
    interactive.current = true;
    performance.mark('smartgoal:interactive');
  }, [draft]);

  // Parent candidates, read when the Relevant step shows them: reading and parsing every draft at
  // start would be paid by every popup open.
  const draftId = draft?.id;
  const showsParents = step === 'R';
  useEffect(() => {
    if (!draftId || !showsParents) return;
    let live = true;
    void repository.list({ status: ['active', 'archived'] }).then((list) => {
      // Not itself nor one of its own objectives: that would be a loop.
      if (live) setParents(parentCandidates(draftId, list.drafts));
    });
    return () => {
      live = false;
    };
  }, [repository, draftId, showsParents]);

  const change = (next: Goal) => {
    setGoal(next);
    session.current?.update(next);
  };

  const createFrom = async (next: Goal, parentId: string | null = null) => {
    if (parentId) next.smart.relevance.parentId = parentId;
    const created = await repository.create(draftFieldsOf(next, { source: null }));
    await open(created);
    setStep('why');
  };

  const run = (work: () => Promise<void>) => {
    work().catch((error: unknown) =>
      setNotice({
        text: t('notice.failed', {
          message: error instanceof Error ? error.message : String(error),
        }),
        kind: 'error',
      }),
    );
  };

  const current = () => {
    const s = session.current;
    if (!s) throw new Error('no draft open');
    return s;
  };

  const actions = {
    onCopy: (format: CopyFormat) =>
      run(async () => {
        const g = current().goal;
        const text =
          format === 'markdown'
            ? toMarkdown(g, { today })
            : format === 'plain'
              ? toPlainText(g, { today })
              : toSentence(g);
        await services.copy(text);
        setNotice({ text: t(`notice.copied.${format}`) });
      }),
    onInsert: () =>
      run(async () => {
        const sentence = toSentence(current().goal);
        try {
          const reply = await services.insert(sentence);
          setNotice(
            reply.inserted
              ? { text: t('notice.inserted') }
              : {
                  text: t('notice.notInserted', { reason: reply.reason ?? t('notice.noField') }),
                  kind: 'error',
                },
          );
        } catch (error) {
          setNotice({
            text: t('notice.notInserted', {
              reason: error instanceof Error ? error.message : String(error),
            }),
            kind: 'error',
          });
        }
      }),
    onDuplicate: () =>
      run(async () => {
        const s = current();
        await s.flush();
        const copy = await repository.duplicate(s.draft.id);
        await open(copy);
        setNotice({ text: t('notice.duplicated') });
      }),
    onArchive: () =>
      run(async () => {
        const s = current();
        await s.flush();
        const archived = s.draft.status === 'archived';
        const next = archived
          ? await repository.unarchive(s.draft.id)
          : await repository.archive(s.draft.id);
        await open(next);
        setNotice({
          text: archived ? t('notice.unarchived') : t('notice.archived'),
          action: archived
            ? undefined
            : {
                label: t('actions.unarchive'),
                run: () => run(async () => open(await repository.unarchive(next.id))),
              },
        });
      }),
    onDelete: () =>
      run(async () => {
        const s = current();
        await s.flush();
        const deleted = await repository.delete(s.draft.id);
        const start = await openStartDraft(repository, { lang: uiLang });
        await open(start.draft);
        setNotice({
          text: t('notice.deleted', { title: deleted.title || t('draft.untitled') }),
          action: {
            label: t('actions.undo'),
            run: () =>
              run(async () => {
                await open(await repository.undoDelete(deleted.id));
                setNotice({ text: t('notice.restored') });
              }),
          },
        });
      }),
    onAddObjective: () =>
      run(async () => {
        const parent = current().draft;
        await current().flush();
        await createFrom(emptyGoal(current().goal.lang), parent.id);
        setStep('S');
      }),
  };

  const openById = (id: string) =>
    run(async () => {
      const found = await repository.get(id);
      if (found) await open(found);
      else setNotice({ text: t('notice.missing'), kind: 'error' });
    });

  // The drafts list or the plan may have archived, trashed or restored the open draft: back on the
  // goal, continue from the stored revision so the next save is not taken for a conflict.
  const showView = (next: View) => {
    setView(next);
    if (next !== 'goal' || view === 'goal') return;
    run(async () => {
      const s = session.current;
      if (!s) return;
      await s.flush();
      const stored = await repository.get(s.draft.id);
      if (!stored) await open((await openStartDraft(repository, { lang: uiLang })).draft);
      else if (stored.revision !== s.draft.revision) await open(stored);
    });
  };

  // "Open in builder" while this view is open: show that draft.
  const openByIdRef = useRef(openById);
  useEffect(() => {
    openByIdRef.current = openById;
  });
  const { watchPending } = services;
  useEffect(() => watchPending?.((id) => openByIdRef.current(id)), [watchPending]);

  const switchLang = (value: UiLangSetting) => {
    setLangSetting(value);
    const lang = value === 'auto' ? uiLangFrom(navigator.language) : value;
    setUiLang(lang);
    run(() => services.saveUiLang(value));
  };

  if (loadError) {
    return (
      <main className={`builder place-${place}`}>
        <p role="alert" className="error">
          {t('notice.loadFailed', { message: loadError })}
        </p>
      </main>
    );
  }

  const statusText = statusMessage(status, t);
  return (
    <div className={`builder place-${place}`} lang={uiLang}>
      <header className="top">
        <h1>{t('app.title')}</h1>
        <div className="top-controls">
          {services.SiteToggle ? <services.SiteToggle lang={uiLang} /> : null}
          <label className="lang">
            <span className="visually-hidden">{t('app.language')}</span>
            <select
              aria-label={t('app.language')}
              value={langSetting}
              onChange={(e) => switchLang(e.target.value as UiLangSetting)}
            >
              <option value="auto">{t('app.language.auto')}</option>
              {LANG_OPTIONS}
            </select>
          </label>
        </div>
        <nav aria-label={t('nav.label')} className="views">
          {VIEWS.map((v) => (
            <button
              key={v}
              type="button"
              aria-current={view === v ? 'page' : undefined}
              onClick={() => showView(v)}
            >
              {t(`nav.${v}`)}
            </button>
          ))}
        </nav>
      </header>
      <p
        className={`save-status ${typeof status === 'object' ? 'error' : ''}`}
        role="status"
        data-testid="save-status"
        data-status={typeof status === 'object' ? status.error : status}
      >
        {statusText}
      </p>
      <div role="status" className="notice" data-testid="notice">
        {notice ? (
          <p className={notice.kind === 'error' ? 'error' : ''}>
            {notice.text}{' '}
            {notice.action ? (
              <button type="button" onClick={notice.action.run}>
                {notice.action.label}
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
      <main>
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          {view === 'goal' ? (
            goal && draft ? (
              <div className="goal-view">
                <div className="goal-meta">
                  {draft.status !== 'active' ? (
                    <span className="badge">{t(`status.${draft.status}`)}</span>
                  ) : null}
                  <label>
                    <span>{t('goal.lang')}</span>{' '}
                    <select
                      value={goal.lang}
                      onChange={(e) => change({ ...goal, lang: e.target.value as Lang })}
                    >
                      {LANG_OPTIONS}
                    </select>
                  </label>
                </div>
                <GoalSummary goal={goal} t={t} today={today} />
                <GoalEditor
                  goal={goal}
                  onChange={change}
                  t={t}
                  today={today}
                  parents={parents}
                  step={step}
                  onStep={setStep}
                />
                <GoalActions
                  draft={draft}
                  hasSentence={toSentence(goal) !== ''}
                  t={t}
                  {...actions}
                />
              </div>
            ) : (
              <p role="status">{t('app.loading')}</p>
            )
          ) : null}
          {view === 'start' ? (
            <StartView
              t={t}
              lang={uiLang}
              onBlank={() =>
                run(async () => {
                  await open(await createBlankDraft(repository, uiLang));
                  setStep('why');
                })
              }
              onText={(text) =>
                run(async () => {
                  // Reading a goal out of text needs the engine, loaded after the first paint.
                  const { goalFromText } = await import('@/lib/goals/from-text');
                  await createFrom(goalFromText(text, { today }));
                })
              }
              onTemplate={(tpl: GoalTemplate) =>
                run(async () => {
                  await createFrom(goalFromTemplate(tpl, uiLang));
                  setStep('M');
                })
              }
            />
          ) : null}
          {view === 'plan' ? (
            <PlanView
              repository={repository}
              t={t}
              currentId={draft?.id ?? null}
              onOpen={openById}
              onAddObjective={(parentId) =>
                run(async () => {
                  await createFrom(emptyGoal(uiLang), parentId);
                  setStep('S');
                })
              }
            />
          ) : null}
          {view === 'calculators' ? <CalculatorsView t={t} lang={uiLang} /> : null}
          {view === 'drafts' ? (
            services.DraftsView ? (
              <services.DraftsView repository={repository} lang={uiLang} onOpen={openById} />
            ) : (
              <p data-testid="drafts-placeholder">{t('drafts.unavailable')}</p>
            )
          ) : null}
        </Suspense>
      </main>
    </div>
  );
}

function statusMessage(status: AutosaveStatus, t: BuilderT): string {
  if (status === 'saved') return t('save.saved');
  if (status === 'saving' || status === 'pending') return t('save.saving');
  return t(`save.error.${status.error}`, { message: status.message });
}
