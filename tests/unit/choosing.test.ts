import { beforeEach, describe, expect, it } from 'vitest';
import { parseBoundaryPack } from '../../src/data/regions';
import { useUi } from '../../src/state/store';
import { fixtureTopology } from './fixtures';

const data = parseBoundaryPack(fixtureTopology(), 'fixture.json');
const ref = { planId: 'hebei-manufacturing-14fyp', elementId: 'hb-core-xiongan' };

beforeEach(() => useUi.setState({ selected: null, selectedElement: null, scope: null, framing: null }));

describe('choosing what the panel shows (store actions)', () => {
  it('frames a region chosen from outside the map, in the scope that shows it', () => {
    useUi.getState().chooseRegion(data, '130602');
    expect(useUi.getState()).toMatchObject({
      selected: '130602',
      scope: '130600',
      framing: { target: { kind: 'region', code: '130602' }, panelOpen: true },
    });
  });

  it('keeps the drill scope when the chosen region is drawn in it', () => {
    useUi.getState().drillInto('130600');
    useUi.getState().chooseRegion(data, '130602');
    expect(useUi.getState()).toMatchObject({ selected: '130602', scope: '130600' });
    useUi.getState().chooseRegion(data, '331102');
    expect(useUi.getState().scope).toBeNull();
  });

  it('does not move the camera for a click on the map, and closes the panel on a click on nothing', () => {
    useUi.getState().pickOnMap(data, { type: 'region', code: '130600' });
    expect(useUi.getState()).toMatchObject({ selected: '130600', scope: null, framing: null });
    useUi.getState().pickOnMap(data, { type: 'element', key: 'hebei-manufacturing-14fyp/hb-core-xiongan' });
    expect(useUi.getState()).toMatchObject({ selected: null, selectedElement: ref, framing: null });
    useUi.getState().pickOnMap(data, null);
    expect(useUi.getState()).toMatchObject({ selected: null, selectedElement: null });
  });

  it('opens an element as { planId, elementId } and frames its members, unless asked not to', () => {
    useUi.getState().chooseElement(ref, { frame: false });
    expect(useUi.getState()).toMatchObject({ selectedElement: ref, framing: null });
    useUi.getState().chooseElement(ref);
    expect(useUi.getState().framing).toEqual({ target: { kind: 'element', ref }, panelOpen: true });
  });

  it('goes back to the top view with everything framed and no room kept for a panel', () => {
    useUi.getState().drillInto('130600');
    expect(useUi.getState()).toMatchObject({ selected: '130600', scope: '130600' });
    useUi.getState().goTop();
    expect(useUi.getState()).toMatchObject({ selected: null, scope: null, framing: { target: { kind: 'all' }, panelOpen: false } });
  });
});
