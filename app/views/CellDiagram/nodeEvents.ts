/**
 * The props every focusable diagram node shares: roving tab stop, accessible name, tooltip
 * and the hover/focus handlers that set the store's highlight. Imports nothing.
 */
export interface NodeInteraction {
  /** 0 for the diagram's one tab stop, −1 for the rest (arrow keys move between them). */
  tabIndex: number;
  /** Accessible name and tooltip: the node's name, step and values at full precision. */
  label: string;
  onHover: (isOver: boolean) => void;
  onFocusNode: () => void;
}

/** Attributes for the node's <g>: focusable, named, hover- and focus-linked. */
export function interactionProps({ tabIndex, label, onHover, onFocusNode }: NodeInteraction) {
  return {
    tabIndex,
    role: 'img' as const,
    'aria-label': label,
    onPointerEnter: () => onHover(true),
    onPointerLeave: () => onHover(false),
    onFocus: () => {
      onFocusNode();
      onHover(true);
    },
    onBlur: () => onHover(false),
  };
}

/**
 * Whether two nodes' interactions draw the same: the handlers are made afresh at each render
 * but always do the same for the same node (they close over its term and the diagram's stable
 * callbacks), so only the tab stop and the name count.
 */
export function sameInteraction(a: NodeInteraction | null, b: NodeInteraction | null): boolean {
  return a === b || (a !== null && b !== null && a.tabIndex === b.tabIndex && a.label === b.label);
}
