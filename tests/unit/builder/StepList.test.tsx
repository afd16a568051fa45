/** The builder's step list: reordering by dragging a step onto another's place, and from the keyboard with Alt+↑ / Alt+↓. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, createEvent, fireEvent, render, screen } from '@testing-library/react';
import { StepList } from '../../../src/builder/StepList';
import { addStep, moveStep, newBriefing } from '../../../src/briefings/briefingDraft';
import type { Briefing } from '../../../src/briefings/briefingSchema';
import { useUi } from '../../../src/state/store';

const briefing: Briefing = ['a', 'b', 'c'].reduce(
  (b, id) => addStep(b, { id, title: { zh: id, en: `Step ${id}` }, notes: { zh: '', en: '' } }),
  newBriefing([], { zh: '', en: 'Mine' }),
);

function renderList(move: (from: number, to: number) => void) {
  const actions = { move, duplicate: vi.fn(), remove: vi.fn(), preview: vi.fn(), present: vi.fn() };
  render(<StepList briefing={briefing} actions={actions} describe={() => ''} expanded={null} setExpanded={() => {}} editor={() => null} />);
}

/** A drag event with a data transfer, which jsdom does not make. */
function drag(type: 'dragStart' | 'dragOver' | 'drop', el: Element) {
  const event = createEvent[type](el);
  Object.defineProperty(event, 'dataTransfer', { value: { setData: () => {}, effectAllowed: '' } });
  fireEvent(el, event);
}

describe('StepList', () => {
  beforeEach(() => act(() => useUi.setState({ lang: 'en' })));

  it('moves the dragged step to the place it is dropped on', () => {
    const move = vi.fn();
    renderList(move);
    const items = screen.getAllByRole('listitem');
    drag('dragStart', items[0]);
    drag('dragOver', items[2]);
    drag('drop', items[2]);
    expect(move).toHaveBeenCalledWith(0, 2);
    expect(moveStep(briefing, 0, 2).steps.map((s) => s.id)).toEqual(['b', 'c', 'a']);
  });

  it('moves a step with Alt+↑ and Alt+↓, not past the ends', () => {
    const move = vi.fn();
    renderList(move);
    const edit = screen.getByRole('group', { name: 'Step 2: Step b' }).querySelector('[data-control="edit"]')!;
    fireEvent.keyDown(edit, { key: 'ArrowUp', altKey: true });
    fireEvent.keyDown(edit, { key: 'ArrowDown', altKey: true });
    fireEvent.keyDown(edit, { key: 'ArrowDown' });
    expect(move.mock.calls).toEqual([
      [1, 0],
      [1, 2],
    ]);
    fireEvent.keyDown(screen.getByRole('group', { name: 'Step 1: Step a' }).querySelector('[data-control="edit"]')!, {
      key: 'ArrowUp',
      altKey: true,
    });
    expect(move).toHaveBeenCalledTimes(2);
  });
});
