import { LABELS, type Label } from '../graph/model.js';
import type { NodeType } from './generated/resolvers.js';

/** The label an id belongs to: src/graph/model.ts reads it from the id scheme. */
export { labelOfId } from '../graph/model.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time: the SDL's NodeType enum names exactly the model's labels, upper-cased. */
export type NodeTypesMatchLabels = Same<NodeType, Uppercase<Label>> extends true ? true : never;

/** The label of a NodeType value (MEETING → Meeting). */
export function labelOfNodeType(type: NodeType): Label {
  const label = LABELS.find((l) => l.toUpperCase() === type);
  if (!label) throw new Error(`NodeType ${type} has no label in src/graph/model.ts`);
  return label;
}
