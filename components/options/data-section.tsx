import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import {
  describeImportIssue,
  exportDrafts,
  importDraftsJson,
  type DraftsRepository,
  type ExportKind,
} from '@/lib/drafts';
import type { Translate, UiLang } from '@/lib/i18n';
import { downloadFile } from '@/components/drafts/download';
import { readUpload } from '@/components/drafts/upload';
import { formatBytes } from './format-bytes';
import type { OptionsKey } from './strings';

export interface DataPort {
  /** Usage in bytes of this extension's origin (`navigator.storage.estimate()`), if known. */
  usage(): Promise<number | undefined>;
  /** Drafts, ignored hints and settings, all of it. */
  deleteEverything(): Promise<void>;
}

type Outcome =
  | { kind: 'message'; text: string }
  | { kind: 'issues'; text: string; issues: string[] }
  | { kind: 'error'; text: string };

const KINDS: readonly [ExportKind, string][] = [
  ['json', 'JSON'],
  ['csv', 'CSV'],
  ['markdown', 'Markdown'],
];

interface DataSectionProps {
  drafts: DraftsRepository;
  data: DataPort;
  lang: UiLang;
  t: Translate<OptionsKey>;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function DataSection({ drafts, data, lang, t }: DataSectionProps) {
  const [count, setCount] = useState<number>();
  const [usage, setUsage] = useState<number>();
  const [kind, setKind] = useState<ExportKind>('json');
  const [outcome, setOutcome] = useState<Outcome>();
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);

  const readTotals = useCallback(
    () =>
      Promise.all([
        drafts.list({ status: ['active', 'archived', 'deleted'] }),
        data.usage().catch(() => undefined),
      ]),
    [drafts, data],
  );
  const refresh = () =>
    readTotals().then(([list, used]) => {
      setCount(list.drafts.length);
      setUsage(used);
    });

  useEffect(() => {
    readTotals().then(
      ([list, used]) => {
        setCount(list.drafts.length);
        setUsage(used);
      },
      (error: unknown) =>
        setOutcome({ kind: 'error', text: t('failed', { reason: reasonOf(error) }) }),
    );
  }, [readTotals, t]);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const run = async (action: () => Promise<Outcome>) => {
    try {
      setOutcome(await action());
    } catch (error) {
      setOutcome({ kind: 'error', text: t('failed', { reason: reasonOf(error) }) });
    }
    await refresh().catch(() => undefined);
  };

  const exportFile = () =>
    run(async () => {
      const file = await exportDrafts(drafts, { format: kind });
      downloadFile(file);
      return { kind: 'message', text: t('exportDone', { count: file.count, file: file.filename }) };
    });

  const importFile = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    void run(async () => {
      const upload = await readUpload(input, file);
      if (!upload.ok)
        return { kind: 'error', text: t('importUnreadable', { reason: upload.reason }) };
      const result = await importDraftsJson(drafts, upload.text);
      return result.status === 'imported'
        ? { kind: 'message', text: t('importDone', { ...result }) }
        : {
            kind: 'issues',
            text: t('importInvalid'),
            issues: result.issues.map(describeImportIssue),
          };
    });
  };

  const deleteEverything = () =>
    run(async () => {
      setConfirming(false);
      await data.deleteEverything();
      deleteRef.current?.focus();
      return { kind: 'message', text: t('deleteDone') };
    });

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p className="help">{t('privacyNote')}</p>
      {count !== undefined && (
        <p data-testid="storage-used">
          {usage === undefined
            ? t('storageUnknown', { count })
            : t('storageUsed', { count, used: formatBytes(usage, lang) })}
        </p>
      )}
      <div className="row">
        <label className="field">
          {t('exportLabel')}
          <select value={kind} onChange={(event) => setKind(event.target.value as ExportKind)}>
            {KINDS.map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void exportFile()}>
          {t('exportButton')}
        </button>
      </div>
      <label className="field">
        {t('importLabel')}
        <input type="file" accept=".json,application/json" onChange={importFile} />
      </label>
      <div className="danger">
        <button
          type="button"
          ref={deleteRef}
          aria-expanded={confirming}
          aria-controls="delete-confirm"
          onClick={() => setConfirming(true)}
        >
          {t('deleteButton')}
        </button>
        {confirming && (
          <div id="delete-confirm" role="group" aria-labelledby="delete-warning">
            <p id="delete-warning">{t('deleteWarning')}</p>
            <button type="button" className="destructive" onClick={() => void deleteEverything()}>
              {t('deleteConfirm')}
            </button>
            <button
              type="button"
              ref={cancelRef}
              onClick={() => {
                setConfirming(false);
                deleteRef.current?.focus();
              }}
            >
              {t('deleteCancel')}
            </button>
          </div>
        )}
      </div>
      <div role="status" aria-live="polite" data-testid="data-outcome" className="outcome">
        {outcome && <p className={outcome.kind}>{outcome.text}</p>}
        {outcome?.kind === 'issues' && (
          <ul>
            {outcome.issues.map((issue, index) => (
              <li key={index}>{issue}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
