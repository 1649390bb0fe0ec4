// First: the memory-hygiene editor must exist before any real editor is attached.
import './primeEditorMemory';
import {
  CLEAR_HISTORY_COMMAND,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  type EditorState,
  type LexicalEditor,
} from 'lexical';
import { ListItemNode, ListNode } from '@lexical/list';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { memo, useCallback, useEffect, useId, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { countWords, describeReadingTime, plainBlocksToRichText } from '../../shared/workbook/richText';
import type { Letter, RichText } from '../../shared/workbook/schema';
import { createLetterSerializer } from './letterSerializer';
import { notifyPendingEditorChange, registerPendingFlush } from './pendingChanges';
import { registerCaretSync } from './plugins/caretSync';
import { LanguageCheckPlugin, type LanguageCheckSettings } from './plugins/LanguageCheckPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import type { LetterChange, RichTextEditorHandle } from './types';
import './editor.css';

/** Count the words again this long after the last change, when the page is idle. */
const WORD_COUNT_PAUSE_MS = 400;

/** Run `task` when the page is idle (between key presses), at the latest after a second. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 0);
  return () => window.clearTimeout(handle);
}

export interface RichTextEditorProps {
  value: Letter;
  onChange: LetterChange;
  /** Accessible name of the writing area, e.g. "Your disclosure letter". */
  label: string;
  /** A short hint shown as a placeholder when the letter is empty. */
  placeholder?: string;
  /**
   * Show gentle language notes (blame, minimising, excuses, vagueness, graphic detail, softened
   * or unsure wording, self-focus, conditional apologies). `true` uses the default guidance; pass
   * the workbook's guidance to follow its apology setting:
   * `languageCheck={settings}` with a memoised `{ apologies: content.languageGuidance.apologies }`.
   */
  languageCheck?: boolean | LanguageCheckSettings;
  /** Receives flush/insert/focus once mounted. */
  handleRef?: Ref<RichTextEditorHandle>;
}

const THEME = {
  paragraph: 'rte-p',
  quote: 'rte-quote',
  heading: { h1: 'rte-h1', h2: 'rte-h2', h3: 'rte-h3' },
  list: { ul: 'rte-ul', ol: 'rte-ol', listitem: 'rte-li', nested: { listitem: 'rte-nested' } },
  text: { bold: 'rte-bold', italic: 'rte-italic', underline: 'rte-underline' },
};

const EMPTY_LETTER = plainBlocksToRichText([{ type: 'paragraph', text: '' }]);

function onError(error: Error) {
  // Never log content; the message of a Lexical error carries none.
  console.error('Editor error:', error.name);
}

/**
 * A calm rich-text editor for a letter with drafts (`Letter` from the schema). It reads
 * `value.current` when mounted and whenever it changes from outside (restoring a draft),
 * and writes back through `onChange` when the autosave is about to save (it asks through
 * pendingChanges.ts, in an idle moment), on blur, on unmount and on lock. A key press itself
 * only tells the autosave that words are waiting: serializing a long letter is never on the
 * typing path.
 */
export const RichTextEditor = memo(function RichTextEditor(props: RichTextEditorProps) {
  const { value } = props;
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'letter',
    theme: THEME,
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode],
    onError,
    // An empty letter still starts with one empty paragraph (as a restore to an empty letter
    // does), so the caret has a block to sit in and Ctrl+Alt+1 works before anything is typed.
    editorState: JSON.stringify(value.current ?? EMPTY_LETTER),
  }));
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <EditorBody {...props} />
    </LexicalComposer>
  );
});

function loadInto(editor: LexicalEditor, doc: RichText | null) {
  if (doc) {
    try {
      editor.setEditorState(editor.parseEditorState(JSON.stringify(doc)), { tag: 'letter-load' });
      return;
    } catch {
      // Fall through to an empty document; the stored JSON stays untouched in the workbook.
    }
  }
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      root.append($createParagraphNode());
    },
    { tag: 'letter-load' },
  );
}

/**
 * A letter longer than its scroll box gets `rte-scroll-full`: the box is then exactly its full
 * height and contained (CSS `contain: strict`), so a key press lays out the box's own content and
 * never the screen around it (the section, its grid, the shell). A shorter letter keeps a box
 * that grows with the text. Checked when the text's height changes (a new line), not per key.
 */
function useScrollBoxContainment(editor: LexicalEditor) {
  useEffect(() => {
    let observer: ResizeObserver | null = null;
    const unregister = editor.registerRootListener((root) => {
      observer?.disconnect();
      observer = null;
      const box = root?.parentElement;
      if (!root || !box || typeof ResizeObserver !== 'function') return;
      const check = () => {
        const full = box.classList.contains('rte-scroll-full');
        // Uncontained, a box that scrolls is at its full height; contained, it stays so while the text fills it.
        const next = full ? root.offsetHeight >= box.clientHeight : box.scrollHeight > box.clientHeight;
        if (next !== full) box.classList.toggle('rte-scroll-full', next);
      };
      observer = new ResizeObserver(check);
      observer.observe(root);
      observer.observe(box);
    });
    return () => {
      unregister();
      observer?.disconnect();
    };
  }, [editor]);
}

function EditorBody({ value, onChange, label, placeholder, languageCheck = false, handleRef }: RichTextEditorProps) {
  const [editor] = useLexicalComposerContext();
  const hintId = useId();
  const countId = useId();
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  /** The document object we last wrote, so we can tell our own changes from a restore. */
  const lastDoc = useRef<RichText | null>(value.current);
  const pending = useRef(false);
  const countTimer = useRef<number | undefined>(undefined);
  const cancelCount = useRef<(() => void) | null>(null);
  const [words, setWords] = useState(() => countWords(editor.getEditorState().read(() => $getRoot().getTextContent())));

  const counted = useRef<EditorState | null>(null);
  const serialize = useRef(createLetterSerializer());

  const measure = useCallback((state: EditorState) => {
    window.clearTimeout(countTimer.current);
    cancelCount.current?.();
    cancelCount.current = null;
    if (counted.current === state) return;
    counted.current = state;
    setWords(countWords(state.read(() => $getRoot().getTextContent())));
  }, []);

  /** Serialize once and hand it to the workbook. `sync` for lock/quit: applied before returning. */
  const flush = useCallback(
    (sync = false) => {
      if (!pending.current) return;
      pending.current = false;
      const state = editor.getEditorState();
      // Frozen at once: the workbook's update (immer) then takes it as it is, without walking it.
      // Blocks unchanged since the last flush keep their serialized objects (letterSerializer.ts).
      const doc = serialize.current(state);
      lastDoc.current = doc;
      const apply = () =>
        onChangeRef.current((letter) => {
          letter.current = doc;
        });
      if (sync) flushSync(apply);
      else apply();
      measure(state);
    },
    [editor, measure],
  );

  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags, editorState }) => {
        if (tags.has('letter-load')) {
          measure(editorState);
          return;
        }
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        pending.current = true;
        notifyPendingEditorChange();
        // The word count follows after a pause, in an idle moment.
        window.clearTimeout(countTimer.current);
        countTimer.current = window.setTimeout(() => {
          cancelCount.current?.();
          cancelCount.current = whenIdle(() => {
            cancelCount.current = null;
            measure(editor.getEditorState());
          });
        }, WORD_COUNT_PAUSE_MS);
      }),
    [editor, measure],
  );

  // Flush on blur (click on Lock, another section, a draft button), on lock/quit, and on unmount.
  useEffect(() => {
    const unregister = registerPendingFlush(() => {
      // Commit an update Lexical may still hold (a key pressed just now), so it is in the flush.
      editor.read(() => undefined);
      flush(true);
    });
    const onBlur = () => flush();
    const unregisterRoot = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('blur', onBlur);
      root?.addEventListener('blur', onBlur);
    });
    return () => {
      unregister();
      unregisterRoot();
      window.clearTimeout(countTimer.current);
      cancelCount.current?.();
      flush();
    };
  }, [editor, flush]);

  // A change from outside (restoring a draft, or content replaced elsewhere): load it.
  useEffect(() => {
    if (value.current === lastDoc.current) return;
    pending.current = false;
    lastDoc.current = value.current;
    loadInto(editor, value.current);
    editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
  }, [editor, value]);

  useImperativeHandle(
    handleRef,
    () => ({
      flush: () => flush(),
      focus: () => editor.focus(),
      insertParagraphs(paragraphs) {
        editor.update(() => {
          const selection = $getSelection();
          const nodes = paragraphs.map((p) => $createParagraphNode().append($createTextNode(p)));
          if ($isRangeSelection(selection)) {
            const anchor = selection.anchor.getNode();
            const block = anchor.getTopLevelElement();
            if (block) {
              let after = block;
              for (const n of nodes) {
                after.insertAfter(n);
                after = n;
              }
              after.selectEnd();
              return;
            }
          }
          $getRoot().append(...nodes);
          nodes[nodes.length - 1]?.selectEnd();
        });
      },
    }),
    [editor, flush],
  );

  useScrollBoxContainment(editor);
  // Enter, Backspace or Tab right after End or a click act where the caret now is (plugins/caretSync.ts).
  useEffect(() => registerCaretSync(editor), [editor]);

  const dismissCheck = useCallback((key: string) => {
    onChangeRef.current((letter) => {
      if (!letter.dismissedChecks.includes(key)) letter.dismissedChecks.push(key);
    });
  }, []);

  return (
    <div className="rte">
      <ToolbarPlugin label={label} />
      <div className="rte-scroll">
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="rte-content"
              // In the tab order even when read-only, so the scroll box around a long letter is reachable and scrolls
              // by keyboard (axe: scrollable-region-focusable).
              tabIndex={0}
              aria-label={label}
              aria-describedby={`${hintId} ${countId}`}
              aria-multiline
              spellCheck
              {...(placeholder
                ? { 'aria-placeholder': placeholder, placeholder: <div className="rte-placeholder">{placeholder}</div> }
                : {})}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <ListPlugin />
      {languageCheck !== false && (
        <LanguageCheckPlugin
          dismissed={value.dismissedChecks}
          onDismiss={dismissCheck}
          apologies={languageCheck === true ? undefined : languageCheck.apologies}
        />
      )}
      <p className="rte-footer">
        <span id={countId} data-testid="word-count">
          {words.toLocaleString()} {words === 1 ? 'word' : 'words'} · {describeReadingTime(words)}
        </span>
        <span id={hintId} className="rte-shortcuts">
          Ctrl+B bold · Ctrl+I italic · Ctrl+U underline · Ctrl+Z undo · Ctrl+Alt+1–3 headings
        </span>
      </p>
    </div>
  );
}
