import { useId, useState } from 'react';
import type { Lang } from '@/lib/analysis/schema';
import { TEMPLATE_CATEGORIES, TEMPLATES, type GoalTemplate } from '@/lib/goals/templates';
import { TextField } from './fields';
import type { BuilderT } from './strings';

/** How a new goal starts: blank, from pasted text (split into fields), or from a template. */
export function StartView({
  t,
  lang,
  onBlank,
  onText,
  onTemplate,
}: {
  t: BuilderT;
  /** The UI language: template titles are shown, and goals written, in it. */
  lang: Lang;
  onBlank: () => void;
  onText: (text: string) => void;
  onTemplate: (template: GoalTemplate) => void;
}) {
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const headingId = useId();
  return (
    <div className="start">
      <section aria-labelledby={`${headingId}-blank`}>
        <h2 id={`${headingId}-blank`}>{t('start.blank.title')}</h2>
        <button type="button" onClick={onBlank}>
          {t('start.blank')}
        </button>
      </section>
      <section aria-labelledby={`${headingId}-paste`}>
        <h2 id={`${headingId}-paste`}>{t('start.paste.title')}</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!text.trim()) {
              setEmpty(true);
              return;
            }
            onText(text);
          }}
        >
          <TextField
            multiline
            label={t('start.paste')}
            hint={t('start.paste.hint')}
            error={empty && !text.trim() ? t('start.paste.empty') : null}
            value={text}
            testId="paste-text"
            onChange={(v) => {
              setText(v);
              setEmpty(false);
            }}
          />
          <button type="submit">{t('start.paste.submit')}</button>
        </form>
      </section>
      <section aria-labelledby={`${headingId}-templates`}>
        <h2 id={`${headingId}-templates`}>{t('start.templates.title')}</h2>
        {TEMPLATE_CATEGORIES.map((category) => (
          <div key={category} role="group" aria-label={t(`template.${category}`)}>
            <h3>{t(`template.${category}`)}</h3>
            <ul className="templates">
              {TEMPLATES.filter((tpl) => tpl.category === category).map((tpl) => (
                <li key={tpl.id}>
                  <button type="button" data-template={tpl.id} onClick={() => onTemplate(tpl)}>
                    {tpl.title[lang]}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
}
