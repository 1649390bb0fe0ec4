import {
  $isListNode,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  ListNode,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useCallback, useEffect, useId, useState } from 'react';
import { TOOLBAR_TEXTS as T } from '../../../shared/guidance/editorTexts';

export type BlockKind = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';

const BLOCK_LABELS: Record<Exclude<BlockKind, 'bullet' | 'number'>, string> = T.blocks;

interface ToolbarState {
  block: BlockKind;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

const INITIAL: ToolbarState = { block: 'paragraph', bold: false, italic: false, underline: false };

function readState(): ToolbarState | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const top = anchor.getKey() === 'root' ? null : anchor.getTopLevelElement();
  let block: BlockKind = 'paragraph';
  if ($isListNode(top)) {
    const list = $getNearestNodeOfType(anchor, ListNode) ?? top;
    block = list.getListType() === 'number' ? 'number' : 'bullet';
  } else if ($isHeadingNode(top)) {
    const tag = top.getTag();
    block = tag === 'h1' || tag === 'h2' || tag === 'h3' ? tag : 'h3';
  } else if ($isQuoteNode(top)) block = 'quote';
  return {
    block,
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
  };
}

export function setBlock(editor: LexicalEditor, kind: BlockKind, current: BlockKind) {
  if (kind === 'bullet' || kind === 'number') {
    if (current === kind) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(kind === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    return;
  }
  editor.update(() => {
    const root = $getRoot();
    if (root.isEmpty()) root.append($createParagraphNode());
    let selection = $getSelection();
    // Focus may have arrived a moment before the selection did: act at the end of the text.
    if (!$isRangeSelection(selection) || selection.anchor.getNode() === root) {
      root.selectEnd();
      selection = $getSelection();
    }
    if (!$isRangeSelection(selection)) return;
    if (kind === 'paragraph' || kind === current) $setBlocksType(selection, () => $createParagraphNode());
    else if (kind === 'quote') $setBlocksType(selection, () => $createQuoteNode());
    else $setBlocksType(selection, () => $createHeadingNode(kind as HeadingTagType));
  });
}

/** Keyboard shortcuts beyond Lexical's own (Ctrl+B/I/U, Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y). */
function shortcutFor(event: KeyboardEvent): BlockKind | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod) return null;
  if (event.altKey && !event.shiftKey) {
    if (event.code === 'Digit0') return 'paragraph';
    if (event.code === 'Digit1') return 'h1';
    if (event.code === 'Digit2') return 'h2';
    if (event.code === 'Digit3') return 'h3';
  }
  if (event.shiftKey && !event.altKey) {
    if (event.code === 'Digit7') return 'number';
    if (event.code === 'Digit8') return 'bullet';
    if (event.code === 'Digit9') return 'quote';
  }
  return null;
}

export function ToolbarPlugin({ label }: { label: string }) {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(INITIAL);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const styleId = useId();

  const refresh = useCallback(() => {
    const next = editor.getEditorState().read(readState);
    if (!next) return;
    setState((prev) =>
      prev.block === next.block && prev.bold === next.bold && prev.italic === next.italic && prev.underline === next.underline
        ? prev
        : next,
    );
  }, [editor]);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(() => refresh()),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (payload) => {
            setCanUndo(payload);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (payload) => {
            setCanRedo(payload);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            const kind = shortcutFor(event);
            if (!kind) return false;
            event.preventDefault();
            const current = editor.getEditorState().read(readState)?.block ?? 'paragraph';
            setBlock(editor, kind, current);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, refresh],
  );

  const selectValue = state.block === 'bullet' || state.block === 'number' ? 'paragraph' : state.block;

  return (
    <div className="rte-toolbar" role="toolbar" aria-label={T.label(label)}>
      <div className="rte-group">
        <button
          type="button"
          onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
          disabled={!canUndo}
          title={T.undoTitle}
        >
          {T.undo}
        </button>
        <button
          type="button"
          onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
          disabled={!canRedo}
          title={T.redoTitle}
        >
          {T.redo}
        </button>
      </div>
      <div className="rte-group">
        <label htmlFor={styleId} className="visually-hidden">
          {T.textStyle}
        </label>
        <select
          id={styleId}
          className="rte-style"
          value={selectValue}
          onChange={(e) => {
            setBlock(editor, e.target.value as BlockKind, state.block);
            editor.focus();
          }}
        >
          {Object.entries(BLOCK_LABELS).map(([id, text]) => (
            <option key={id} value={id}>
              {text}
            </option>
          ))}
        </select>
      </div>
      <div className="rte-group">
        <FormatButton active={state.bold} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')} title={T.boldTitle}>
          <strong aria-hidden="true">B</strong>
          <span className="visually-hidden">{T.bold}</span>
        </FormatButton>
        <FormatButton
          active={state.italic}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
          title={T.italicTitle}
        >
          <em aria-hidden="true">I</em>
          <span className="visually-hidden">{T.italic}</span>
        </FormatButton>
        <FormatButton
          active={state.underline}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline')}
          title={T.underlineTitle}
        >
          <span className="rte-underline" aria-hidden="true">
            U
          </span>
          <span className="visually-hidden">{T.underline}</span>
        </FormatButton>
      </div>
      <div className="rte-group">
        <FormatButton
          active={state.block === 'bullet'}
          onClick={() => setBlock(editor, 'bullet', state.block)}
          title={T.bulletsTitle}
        >
          {T.bullets}
        </FormatButton>
        <FormatButton
          active={state.block === 'number'}
          onClick={() => setBlock(editor, 'number', state.block)}
          title={T.numbersTitle}
        >
          {T.numbers}
        </FormatButton>
        <FormatButton
          active={state.block === 'quote'}
          onClick={() => setBlock(editor, 'quote', state.block)}
          title={T.quoteTitle}
        >
          {T.quote}
        </FormatButton>
      </div>
    </div>
  );
}

function FormatButton({
  active,
  onClick,
  title,
  children,
}: {
  active: boolean;
  onClick: () => void;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      className={active ? 'rte-btn active' : 'rte-btn'}
      aria-pressed={active}
      title={title}
      // Keep the caret in the text: do not move focus on mouse down.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
