import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { Notices } from '../../../src/ui/Notices';
import { useUi } from '../../../src/state/store';

describe('Notices', () => {
  afterEach(() => act(() => useUi.setState({ notices: [], selected: null, selectedElement: null, present: null })));

  it('keeps the note on which map is drawn out of the way while a panel is open or a briefing is presented, not other notices', () => {
    act(() => {
      useUi.setState({ lang: 'en', notices: [] });
      useUi.getState().notify({ id: 'renderer', key: 'fallback.softwareWebgl' });
      useUi.getState().notify({ id: 'region', key: 'unknownRegion', vars: { code: '999999' } });
    });
    render(<Notices />);
    const rendererNote = /drawn in software/;
    expect(screen.getByText(rendererNote)).toBeTruthy();
    act(() => useUi.setState({ selected: '220000' }));
    expect(screen.queryByText(rendererNote)).toBeNull();
    expect(screen.getByText(/999999/)).toBeTruthy();
    act(() => useUi.setState({ selected: null, selectedElement: { planId: 'p', elementId: 'e' } }));
    expect(screen.queryByText(rendererNote)).toBeNull();
    act(() => useUi.setState({ selectedElement: null, present: 'three-regions' }));
    expect(screen.queryByText(rendererNote)).toBeNull();
    // Back once the panel is closed and the presentation over, as it was not dismissed.
    act(() => useUi.setState({ present: null }));
    expect(screen.getByText(rendererNote)).toBeTruthy();
  });
});
