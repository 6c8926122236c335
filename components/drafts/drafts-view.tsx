import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
} from 'react';
import {
  classifySaveError,
  describeImportIssue,
  exportDrafts,
  importDraftsJson,
  type Draft,
  type DraftsRepository,
  type DraftStatus,
  type ExportFile,
  type ExportKind,
  type QuarantineEntry,
  type SortKey,
} from '@/lib/drafts';
import { translator, type UiLang } from '@/lib/i18n';
import { DraftRow, type RowAction } from './draft-row';
import { loadDraftsPage, PAGE_SIZE, type DraftsPage } from './drafts-page';
import { downloadFile } from './download';
import { readUpload } from './upload';
import { quarantineFile } from './quarantine-file';
import { DRAFTS_STRINGS, type DraftsT } from './strings';
import './drafts-view.css';

/**
 * The drafts list: search, filter, sort, select, export and import, row actions with undo, and the
 * quarantine banner. It renders at most `pageSize` rows more per "Load more", so 10,000 drafts cost
 * what the visible page costs. Page text (titles, goal sentences) is only ever rendered as text.
 */

export interface DraftsViewProps {
  repository: DraftsRepository;
  lang: UiLang;
  /** Opens a draft in the builder. */
  onOpen: (draftId: string) => void;
  /** Rows added per page; default 100. */
  pageSize?: number;
  /** Saves an export; default a Blob URL download. Tests pass their own. */
  download?: (file: ExportFile) => void;
  now?: () => number;
}

const STATUSES: readonly DraftStatus[] = ['active', 'archived', 'deleted'];
const SORTS: readonly SortKey[] = ['updated', 'created', 'title'];
const KINDS: readonly [ExportKind, string][] = [
  ['json', 'JSON'],
  ['csv', 'CSV'],
  ['markdown', 'Markdown'],
];
const LOCALES: Record<UiLang, string> = { en: 'en', zh: 'zh-CN', ru: 'ru', vi: 'vi' };

/** `undo.done` is the toast shown once the undo has run. */
type Toast = { text: string; undo?: { done: string; run: () => Promise<void> } };
type Problem = { text: string; issues?: string[] };
type Confirm = 'trash' | 'quarantine';

/** Storage-full and blocked-upgrade errors get their own advice; anything else its message. */
export function problemText(error: unknown, t: DraftsT): string {
  const { error: kind, message } = classifySaveError(error);
  if (kind === 'quota') return t('error.quota');
  if (kind === 'blocked') return t('error.blocked');
  return t('error.failed', { message });
}

const titleOf = (draft: Draft, t: DraftsT) => draft.title.trim() || t('row.untitled');

export function DraftsView({
  repository,
  lang,
  onOpen,
  pageSize = PAGE_SIZE,
  download = downloadFile,
  now = Date.now,
}: DraftsViewProps) {
  const t = useMemo(() => translator(DRAFTS_STRINGS, lang), [lang]);
  const formatTime = useMemo(() => {
    const format = new Intl.DateTimeFormat(LOCALES[lang], {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    return (ms: number) => format.format(ms);
  }, [lang]);
  const ids = {
    heading: useId(),
    confirm: useId(),
    hint: useId(),
  };

  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<DraftStatus>('active');
  const [sort, setSort] = useState<SortKey>('updated');
  const [limit, setLimit] = useState(pageSize);
  const [version, setVersion] = useState(0);
  const [page, setPage] = useState<DraftsPage | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [kind, setKind] = useState<ExportKind>('json');
  const [toast, setToast] = useState<Toast | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [quarantine, setQuarantine] = useState<QuarantineEntry[]>([]);
  const listRef = useRef<HTMLUListElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  const reload = useCallback(() => setVersion((v) => v + 1), []);

  const readQuarantine = useCallback(async () => {
    const entries = await repository.quarantined();
    setQuarantine(entries.filter((entry) => entry.store === 'drafts'));
  }, [repository]);

  // The page for the current query; a slower earlier request never overwrites a newer one.
  useEffect(() => {
    let live = true;
    loadDraftsPage(repository, { query, status, sort, limit }).then(
      (next) => {
        if (!live) return;
        setPage(next);
        setLoadError(null);
        if (next.quarantined > 0) void readQuarantine().catch(() => undefined);
      },
      (error: unknown) => {
        if (live) setLoadError(problemText(error, t));
      },
    );
    return () => {
      live = false;
    };
  }, [repository, query, status, sort, limit, version, t, readQuarantine]);

  useEffect(() => {
    let live = true;
    repository.quarantined().then(
      (entries) => {
        if (live) setQuarantine(entries.filter((entry) => entry.store === 'drafts'));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [repository]);

  useEffect(() => {
    if (confirm) confirmRef.current?.focus();
  }, [confirm]);

  /** Runs a change and reloads the list either way; a failure is shown with its advice. */
  const attempt = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      setProblem({ text: problemText(error, t) });
    }
    reload();
  };
  /** A change whose outcome is a toast (replacing any earlier problem). */
  const act = (work: () => Promise<Toast>) =>
    void attempt(async () => {
      const outcome = await work();
      setToast(outcome);
      setProblem(null);
    });

  const newFilter = (change: () => void) => {
    change();
    setLimit(pageSize);
    setSelected(new Set());
  };

  const rowAction = (action: RowAction, draft: Draft) =>
    act(async () => {
      const title = titleOf(draft, t);
      switch (action) {
        case 'duplicate': {
          const copy = await repository.duplicate(draft.id);
          return { text: t('toast.duplicated', { title: titleOf(copy, t) }) };
        }
        case 'archive':
          await repository.archive(draft.id);
          return {
            text: t('toast.archived', { title }),
            undo: {
              done: t('toast.unarchived', { title }),
              run: async () => void (await repository.unarchive(draft.id)),
            },
          };
        case 'unarchive':
          await repository.unarchive(draft.id);
          return { text: t('toast.unarchived', { title }) };
        case 'delete': {
          // Undo puts back the status it had: an archived draft returns to the archive.
          const previous = draft.status;
          await repository.delete(draft.id);
          setSelected((s) => without(s, draft.id));
          return {
            text: t('toast.deleted', { title }),
            undo: {
              done: t('toast.restored', { title }),
              run: async () => {
                await repository.undoDelete(draft.id);
                if (previous === 'archived') await repository.archive(draft.id);
              },
            },
          };
        }
        case 'restore':
          await repository.undoDelete(draft.id);
          setSelected((s) => without(s, draft.id));
          return { text: t('toast.restored', { title }) };
      }
    });

  const undo = (action: NonNullable<Toast['undo']>) =>
    act(async () => {
      await action.run();
      return { text: action.done };
    });

  const exportChosen = (which: 'selected' | 'all') =>
    act(async () => {
      const file = await exportDrafts(repository, {
        format: kind,
        ids: which === 'selected' ? [...selected] : undefined,
        includeDeleted: status === 'deleted',
        now,
      });
      download(file);
      return { text: t('export.done', { count: file.count, file: file.filename }) };
    });

  const importFile = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    void attempt(async () => {
      const upload = await readUpload(input, file);
      if (!upload.ok) {
        setProblem({ text: t('import.unreadable', { reason: upload.reason }) });
        return;
      }
      const result = await importDraftsJson(repository, upload.text);
      if (result.status === 'invalid') {
        setProblem({ text: t('import.invalid'), issues: result.issues.map(describeImportIssue) });
        return;
      }
      setProblem(null);
      setToast({ text: t('import.done', { ...result }) });
    });
  };

  const emptyTrash = () =>
    act(async () => {
      setConfirm(null);
      const trash = await repository.list({ status: 'deleted' });
      let count = 0;
      for (const draft of trash.drafts) if (await repository.purge(draft.id)) count += 1;
      setSelected(new Set());
      return { text: t('trash.emptied', { count }) };
    });

  const discardQuarantine = () =>
    act(async () => {
      setConfirm(null);
      for (const entry of quarantine) await repository.discardQuarantined(entry.qid);
      const count = quarantine.length;
      await readQuarantine();
      return { text: t('quarantine.discarded', { count }) };
    });

  // Arrow keys move between rows, keeping the same control (Home/End: first/last row).
  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
    if (!keys.includes(event.key)) return;
    const target = event.target as HTMLElement;
    if (target instanceof HTMLInputElement && target.type !== 'checkbox') return;
    const rows = [...(listRef.current?.querySelectorAll<HTMLElement>('.draft-row') ?? [])];
    const row = target.closest<HTMLElement>('.draft-row');
    const at = row ? rows.indexOf(row) : -1;
    if (at === -1) return;
    const to =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? rows.length - 1
          : Math.min(rows.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)));
    const action = target.dataset.action ?? 'open';
    const next =
      rows[to]?.querySelector<HTMLElement>(`[data-action="${action}"]`) ??
      rows[to]?.querySelector<HTMLElement>('[data-action="open"]');
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  const shown = page?.drafts ?? [];
  const selectedShown = shown.filter((d) => selected.has(d.id)).length;
  const searching = query.trim() !== '';

  return (
    <section className="drafts-view" aria-labelledby={ids.heading} lang={lang}>
      <h2 id={ids.heading}>{t('heading')}</h2>

      {quarantine.length > 0 ? (
        <div className="drafts-banner" role="region" aria-label={t('quarantine.export')}>
          <p data-testid="quarantine-banner">
            {t('quarantine.banner', { count: quarantine.length })}
          </p>
          <div className="row">
            <button
              type="button"
              onClick={() => download(quarantineFile(quarantine, new Date(now())))}
            >
              {t('quarantine.export')}
            </button>
            <button type="button" onClick={() => setConfirm('quarantine')}>
              {t('quarantine.discard')}
            </button>
          </div>
        </div>
      ) : null}

      <div className="drafts-toolbar">
        <input
          type="search"
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(event) => newFilter(() => setQuery(event.target.value))}
        />
        <label>
          <span>{t('status.label')}</span>{' '}
          <select
            value={status}
            onChange={(event) => newFilter(() => setStatus(event.target.value as DraftStatus))}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('sort.label')}</span>{' '}
          <select
            value={sort}
            disabled={searching}
            aria-describedby={searching ? ids.hint : undefined}
            onChange={(event) => newFilter(() => setSort(event.target.value as SortKey))}
          >
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {searching ? (
        <p className="drafts-hint" id={ids.hint}>
          {t('sort.relevance')}
        </p>
      ) : null}

      <div className="drafts-bulk">
        <label>
          <input
            type="checkbox"
            checked={shown.length > 0 && selectedShown === shown.length}
            ref={(box) => {
              if (box) box.indeterminate = selectedShown > 0 && selectedShown < shown.length;
            }}
            disabled={shown.length === 0}
            onChange={(event) => {
              const on = event.target.checked;
              setSelected((s) => {
                const next = new Set(s);
                for (const d of shown) {
                  if (on) next.add(d.id);
                  else next.delete(d.id);
                }
                return next;
              });
            }}
          />{' '}
          {t('select.all')}
        </label>
        <span data-testid="selected-count">{t('select.count', { count: selected.size })}</span>
        <label>
          <span>{t('export.format')}</span>{' '}
          <select value={kind} onChange={(event) => setKind(event.target.value as ExportKind)}>
            {KINDS.map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={selected.size === 0}
          onClick={() => exportChosen('selected')}
        >
          {t('export.selected')}
        </button>
        <button type="button" onClick={() => exportChosen('all')}>
          {t('export.all')}
        </button>
        <label className="drafts-import">
          <span>{t('import.label')}</span>{' '}
          <input type="file" accept=".json,application/json" onChange={importFile} />
        </label>
        {status === 'deleted' ? (
          <button type="button" disabled={shown.length === 0} onClick={() => setConfirm('trash')}>
            {t('trash.empty')}
          </button>
        ) : null}
      </div>

      {confirm ? (
        <div className="drafts-confirm" role="alertdialog" aria-labelledby={ids.confirm}>
          <p id={ids.confirm}>{t(confirm === 'trash' ? 'trash.confirm' : 'quarantine.confirm')}</p>
          <button
            type="button"
            ref={confirmRef}
            onClick={confirm === 'trash' ? emptyTrash : discardQuarantine}
          >
            {t(confirm === 'trash' ? 'trash.confirmYes' : 'quarantine.discard')}
          </button>
          <button type="button" onClick={() => setConfirm(null)}>
            {t('trash.cancel')}
          </button>
        </div>
      ) : null}

      <div className="drafts-toast" role="status" data-testid="drafts-toast">
        {toast ? (
          <p>
            {toast.text}{' '}
            {toast.undo ? (
              <button type="button" onClick={() => undo(toast.undo!)}>
                {t('toast.undo')}
              </button>
            ) : null}{' '}
            <button type="button" aria-label={t('toast.dismiss')} onClick={() => setToast(null)}>
              ×
            </button>
          </p>
        ) : null}
      </div>

      <div role="alert" className="drafts-problem" data-testid="drafts-problem">
        {problem ? (
          <>
            <p>{problem.text}</p>
            {problem.issues ? (
              <ul>
                {problem.issues.map((issue, i) => (
                  <li key={i}>{issue}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
        {loadError ? (
          <p>
            {t('error.load', { message: loadError })}{' '}
            <button type="button" onClick={reload}>
              {t('retry')}
            </button>
          </p>
        ) : null}
      </div>

      {page === null ? (
        loadError ? null : (
          <p role="status">{t('list.loading')}</p>
        )
      ) : shown.length === 0 ? (
        <p data-testid="drafts-empty">
          {searching ? t('list.noMatch', { query: query.trim() }) : t('list.empty')}
        </p>
      ) : (
        <ul
          className="drafts-list"
          aria-label={t('list.label')}
          ref={listRef}
          onKeyDown={onListKey}
        >
          {shown.map((draft) => (
            <DraftRow
              key={draft.id}
              draft={draft}
              t={t}
              selected={selected.has(draft.id)}
              parentTitle={draft.parentId ? page.parentTitles.get(draft.parentId) : undefined}
              formatTime={formatTime}
              onSelect={(id, on) => setSelected((s) => (on ? new Set(s).add(id) : without(s, id)))}
              onOpen={onOpen}
              onAction={rowAction}
            />
          ))}
        </ul>
      )}
      {page && shown.length > 0 ? (
        <p className="drafts-more">
          <span data-testid="drafts-shown">{t('list.shown', { count: shown.length })}</span>{' '}
          {page.hasMore ? (
            <button type="button" onClick={() => setLimit((l) => l + pageSize)}>
              {t('list.more')}
            </button>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}

function without(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  if (!set.has(id)) return set;
  const next = new Set(set);
  next.delete(id);
  return next;
}
