import { describe, expect, it } from 'vitest';
import { CONTEXT_MENU_ID, installContextMenu, type ContextMenus } from '../../../utils/context-menu';

/** Menus as Chrome and Firefox keep them: creating an id that exists is an error. */
function fakeMenus(): ContextMenus & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    async removeAll() {
      items.clear();
    },
    create(properties) {
      if (items.has(properties.id)) throw new Error(`Cannot create item with duplicate id ${properties.id}`);
      items.set(properties.id, properties);
      return properties.id;
    },
  };
}

describe('installContextMenu', () => {
  it('creates the lookup item on a fresh start', async () => {
    const menus = fakeMenus();
    await installContextMenu(menus);
    expect(menus.items.get(CONTEXT_MENU_ID)).toEqual({ id: CONTEXT_MENU_ID, title: 'Zoek op in Immuunwijzer', contexts: ['selection'] });
  });

  it('a second background start (menu still there) does not throw and leaves one item', async () => {
    const menus = fakeMenus();
    await installContextMenu(menus);
    await expect(installContextMenu(menus)).resolves.toBeUndefined();
    expect([...menus.items.keys()]).toEqual([CONTEXT_MENU_ID]);
  });
});
