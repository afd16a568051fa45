import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

/**
 * Open state, focus and keys of a menu button in the WAI-ARIA pattern: arrows, Home/End, Esc and
 * Tab work, a click elsewhere closes, focus returns to the button.
 */
export function useMenuButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const menuItems = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  const focusItem = useCallback((which: 'first' | 'last' | number) => {
    const list = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    if (list.length === 0) return;
    const i = which === 'first' ? 0 : which === 'last' ? list.length - 1 : (which + list.length) % list.length;
    list[i].focus();
  }, []);
  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);

  // The items exist only after the render that opens the menu: the item to focus waits here until then.
  const pendingFocus = useRef<'first' | 'last' | null>(null);
  useEffect(() => {
    if (open && pendingFocus.current) {
      focusItem(pendingFocus.current);
      pendingFocus.current = null;
    }
  }, [open, focusItem]);
  const openAndFocus = (which: 'first' | 'last') => {
    if (open) return focusItem(which);
    pendingFocus.current = which;
    setOpen(true);
  };

  // A click anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open, close]);

  const toggle = () => {
    if (open) setOpen(false);
    else openAndFocus('first');
  };
  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      openAndFocus(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const list = menuItems();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusItem(at + 1),
      ArrowUp: () => focusItem(at - 1),
      Home: () => focusItem('first'),
      End: () => focusItem('last'),
      Escape: () => close(true),
      Tab: () => close(false),
    };
    const handler = keys[e.key];
    if (!handler) return;
    if (e.key !== 'Tab') {
      e.preventDefault();
      // Esc closes the menu, not the panel behind it.
      e.stopPropagation();
    }
    handler();
  };

  return { open, button, menu, menuId, close, toggle, onButtonKey, onMenuKey };
}
