import { freeze } from 'immer';
import { $exportNodeJSON, $getRoot, $isElementNode, type EditorState, type LexicalNode } from 'lexical';
import type { RichText } from '../../shared/workbook/schema';

/** A node as `toJSON()` writes it (its children filled in). */
type SerializedNode = ReturnType<typeof $exportNodeJSON> & { children?: SerializedNode[] };

interface SerializedBlock {
  /** The block and every node under it, in order, as they were when `json` was made. */
  nodes: LexicalNode[];
  json: SerializedNode;
}

function $nodesOf(node: LexicalNode, into: LexicalNode[]): LexicalNode[] {
  into.push(node);
  if ($isElementNode(node)) for (const child of node.getChildren()) $nodesOf(child, into);
  return into;
}

/** What `editorState.toJSON()` writes for one node and everything under it. */
function $exportTree(node: LexicalNode): SerializedNode {
  const json: SerializedNode = $exportNodeJSON(node);
  if ($isElementNode(node) && json.children) for (const child of node.getChildren()) json.children.push($exportTree(child));
  return json;
}

const sameNodes = (a: readonly LexicalNode[], b: readonly LexicalNode[]) =>
  a.length === b.length && a.every((n, i) => n === b[i]);

/**
 * Serializes the letter editor's state as `editorState.toJSON()` does (deep-frozen, as the
 * workbook keeps it), but a block (paragraph, heading, list…) whose nodes are all the same
 * objects as at the last call keeps its serialized object from then. Lexical replaces a node
 * object whenever it changes, so unchanged objects mean unchanged content: a save after typing
 * in one paragraph of a long letter serializes that paragraph, not the whole letter, and hands
 * on mostly the same frozen objects (less to allocate and collect).
 */
export function createLetterSerializer(): (state: EditorState) => RichText {
  let last = new Map<string, SerializedBlock>();
  return (state) =>
    state.read(() => {
      const root = $getRoot();
      const next = new Map<string, SerializedBlock>();
      const children = root.getChildren().map((block) => {
        const nodes = $nodesOf(block, []);
        const key = block.getKey();
        const before = last.get(key);
        const entry = before && sameNodes(before.nodes, nodes) ? before : { nodes, json: freeze($exportTree(block), true) };
        next.set(key, entry);
        return entry.json;
      });
      last = next;
      return freeze({ root: { ...$exportNodeJSON(root), children } }, true) as unknown as RichText;
    });
}
