import { Fragment, type ComponentChildren, type VNode } from 'preact';

export interface Rendered {
  text: string;
  testIds: string[];
}

/**
 * Renders a tree of hook-free Preact components to its visible text and the data-testid values it
 * uses, without a DOM: enough to see what a card says.
 */
export function renderText(node: ComponentChildren): Rendered {
  const rendered: Rendered = { text: '', testIds: [] };
  const walk = (child: ComponentChildren): void => {
    if (child === null || child === undefined || typeof child === 'boolean') return;
    if (typeof child === 'string' || typeof child === 'number') {
      rendered.text += String(child);
      return;
    }
    if (Array.isArray(child)) return child.forEach(walk);
    const vnode = child as VNode<Record<string, unknown>>;
    if (typeof vnode.type === 'function' && vnode.type !== Fragment) {
      walk((vnode.type as (props: unknown) => ComponentChildren)(vnode.props));
      return;
    }
    const testId = vnode.props['data-testid'];
    if (typeof testId === 'string') rendered.testIds.push(testId);
    walk(vnode.props.children as ComponentChildren);
    if (typeof vnode.type === 'string' && ['p', 'li', 'div'].includes(vnode.type)) rendered.text += '\n';
  };
  walk(node);
  return rendered;
}
