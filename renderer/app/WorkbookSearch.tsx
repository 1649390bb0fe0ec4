import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { SEARCH_TEXTS } from '../../shared/guidance/everydayTexts';
import type { Workbook } from '../../shared/workbook/schema';
import { SEARCH_MIN_LENGTH, searchWorkbook, type SearchMatch } from '../../shared/workbook/search';

/**
 * Search within the open workbook, shown in place of the section list. The query lives only in
 * this component: it is never saved, and it goes when the workbook locks (the shell unmounts).
 */
export function WorkbookSearch({
  content,
  onJump,
  onClose,
  focusRequest,
}: {
  content: Workbook;
  onJump: (match: SearchMatch) => void;
  onClose: () => void;
  /** Changes each time Ctrl+F is pressed again: focus and select the query. */
  focusRequest: number;
}) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const inputRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const hintId = useId();
  const result = useMemo(() => searchWorkbook(content, deferred), [content, deferred]);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusRequest]);

  const groups = useMemo(() => {
    const bySection = new Map<string, { title: string; matches: SearchMatch[] }>();
    for (const m of result.matches) {
      const group = bySection.get(m.sectionId) ?? { title: m.sectionTitle, matches: [] };
      group.matches.push(m);
      bySection.set(m.sectionId, group);
    }
    return [...bySection.entries()];
  }, [result]);

  const trimmed = deferred.trim();
  let status = '';
  if (trimmed.length > 0 && trimmed.length < SEARCH_MIN_LENGTH) status = SEARCH_TEXTS.tooShort(SEARCH_MIN_LENGTH);
  else if (trimmed.length >= SEARCH_MIN_LENGTH && result.total === 0) status = SEARCH_TEXTS.nothing(trimmed);
  else if (result.total > 0) {
    status = SEARCH_TEXTS.found(result.total, new Set(result.matches.map((m) => m.sectionId)).size);
    if (result.total > result.matches.length) status += ` ${SEARCH_TEXTS.limited(result.matches.length, result.total)}`;
  }

  return (
    <div
      className="shell-nav workbook-search"
      role="search"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <div className="search-top">
        <h2 id={headingId} className="search-heading">
          {SEARCH_TEXTS.heading}
        </h2>
        <button type="button" className="link" onClick={onClose}>
          {SEARCH_TEXTS.close}
        </button>
      </div>
      <label htmlFor={`${headingId}-q`} className="visually-hidden">
        {SEARCH_TEXTS.label}
      </label>
      <input
        id={`${headingId}-q`}
        ref={inputRef}
        type="search"
        dir="auto"
        autoComplete="off"
        spellCheck={false}
        value={query}
        maxLength={200}
        aria-describedby={hintId}
        placeholder={SEARCH_TEXTS.label}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && result.matches[0]) onJump(result.matches[0]);
        }}
      />
      <p id={hintId} className="hint">
        {SEARCH_TEXTS.hint}
      </p>
      <p className="search-status" role="status" aria-live="polite" data-testid="search-status">
        {status}
      </p>
      {groups.map(([sectionId, group]) => (
        <section key={sectionId} className="search-group" aria-label={group.title}>
          <h3>
            {group.title} <span className="search-count">({group.matches.length})</span>
          </h3>
          <ul>
            {group.matches.map((m, i) => (
              <li key={`${m.start}-${i}`}>
                <button
                  type="button"
                  className="search-match"
                  dir="auto"
                  aria-label={`${SEARCH_TEXTS.goTo(group.title)}: ${m.snippet.before}${m.snippet.match}${m.snippet.after}`}
                  onClick={() => onJump(m)}
                >
                  {m.snippet.before}
                  <mark>{m.snippet.match}</mark>
                  {m.snippet.after}
                  {m.draft !== null && <span className="search-where"> ({SEARCH_TEXTS.inDraft(m.draft)})</span>}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
