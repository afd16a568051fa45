// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MATCH } from '../../../src/filter/matchStyle';
import {
  DESK_LOOK,
  MATCH_STATES,
  framePadding,
  homePadding,
  labelPriority,
  labelRank,
  labelSize,
  matchKeySwatches,
  PALETTES,
  pickTarget,
  regionPaint,
  regionFillOpacity,
  roomLook,
  scopeRegions,
  tooltipText,
  type HitScope,
  type PointerHits,
} from '../../../src/mapModel';
import { displayedParents } from '../../../src/state/drill';
import { parseBoundaryPack } from '../../../src/data/regions';
import { fixtureTopology } from '../fixtures';

const data = parseBoundaryPack(fixtureTopology(), 'fixture.json');

describe('hit priority', () => {
  const scope: HitScope = { isRegion: (code) => code !== 'gone', isDisplayed: (code) => code.startsWith('1306') };
  const hits = (h: Partial<PointerHits>): PointerHits => ({ labels: [], elements: [], regions: [], ...h });
  const belt = { key: 'plan/belt', name: { zh: '带', en: 'Belt' } };

  it('a region’s name wins over a layout element running through it', () => {
    expect(pickTarget(hits({ labels: ['130600'], elements: [belt], regions: ['130600'] }), scope)).toEqual({
      type: 'region',
      code: '130600',
    });
  });

  it('an element wins over the region fills under it', () => {
    expect(pickTarget(hits({ elements: [belt], regions: ['130602'] }), scope)).toEqual({ type: 'element', ...belt });
  });

  it('among fills, a displayed region wins over a faint one drawn above it; else the top-most', () => {
    expect(pickTarget(hits({ regions: ['133100', '130602'] }), scope)).toEqual({ type: 'region', code: '130602' });
    expect(pickTarget(hits({ regions: ['133100', '331100'] }), scope)).toEqual({ type: 'region', code: '133100' });
  });

  it('nothing, or only what is no longer a region, is no target', () => {
    expect(pickTarget(hits({}), scope)).toBeNull();
    expect(pickTarget(hits({ regions: ['gone'] }), scope)).toBeNull();
    expect(pickTarget(hits({ labels: ['gone'], regions: ['130602'] }), scope)).toEqual({ type: 'region', code: '130602' });
  });
});

describe('what a scope draws', () => {
  it('at the top: the top regions’ children, new areas last, other prefectures faint', () => {
    const regions = scopeRegions(data, displayedParents(data, null));
    expect(regions.displayed).toEqual(['130100', '130600', '331102', '331181', '133100']);
    expect(regions.faint).toEqual(['331100']);
  });

  it('inside a prefecture: its counties over the faint prefectures and new area, no other counties', () => {
    const regions = scopeRegions(data, displayedParents(data, '130600'));
    expect(regions.displayed).toEqual(['130602', '130638']);
    expect([...regions.faint].sort()).toEqual(['130100', '130600', '133100', '331100']);
  });
});

describe('fill opacity', () => {
  it.each(['default', 'contrast', 'dark'] as const)(
    'in the %s theme a filter draws every match as planned, named regions a clear step darker, and dims the rest',
    (theme) => {
      const look = { theme, scale: 1 };
      const at = (match: (typeof MATCH_STATES)[number]) => regionFillOpacity({ displayed: true, match, hovered: false }, look);
      // Covered by a province's or city's plan: stronger than the map without a filter (planned there, not dimmed).
      expect(at(MATCH.viaParent)).toBeGreaterThan(at(MATCH.none) - (theme === 'contrast' ? 0.25 : 0));
      expect(at(MATCH.viaParent)).toBeGreaterThanOrEqual(
        regionFillOpacity({ displayed: true, match: MATCH.none, hovered: false }, DESK_LOOK),
      );
      // Named here: a step darker than covered from above, in every theme (high contrast must not merge them).
      expect(at(MATCH.own) - at(MATCH.viaParent)).toBeGreaterThanOrEqual(0.2);
      // Our interpretation only: drawn as the coverage from above, told apart by its dashed outline.
      expect(at(MATCH.interpretation)).toBe(at(MATCH.viaParent));
      expect(at(MATCH.unmatched)).toBeLessThan(at(MATCH.none) / 5);
    },
  );

  it('the filter’s key draws each shade as the map does, darkest first, the interpretation dashed in the theme’s line colour', () => {
    for (const theme of ['default', 'contrast', 'dark'] as const) {
      const look = { theme, scale: 1 };
      const key = matchKeySwatches(look);
      expect(key.map((k) => k.state)).toEqual([MATCH.own, MATCH.viaParent, MATCH.interpretation, MATCH.unmatched]);
      for (const k of key) {
        expect(k.opacity).toBe(regionFillOpacity({ displayed: true, match: k.state, hovered: false }, look));
        expect(k.ground).toBe(PALETTES[theme].background);
        expect(k.outline === null).toBe(k.state !== MATCH.interpretation);
      }
      expect(key[2].outline?.colour).toBe(regionPaint(look).interpretation.colour);
      expect([...key.map((k) => k.opacity)]).toEqual([...key.map((k) => k.opacity)].sort((a, b) => b - a));
    }
  });

  it('faint regions are fainter than displayed ones; the hovered one stands out', () => {
    for (const match of MATCH_STATES.filter((m) => m !== MATCH.unmatched)) {
      expect(regionFillOpacity({ displayed: false, match, hovered: false }, DESK_LOOK)).toBeLessThan(
        regionFillOpacity({ displayed: true, match, hovered: false }, DESK_LOOK),
      );
      expect(regionFillOpacity({ displayed: true, match, hovered: true }, DESK_LOOK)).toBeGreaterThan(
        regionFillOpacity({ displayed: true, match, hovered: false }, DESK_LOOK),
      );
    }
  });

  it('high contrast deepens the tints but never past 0.95, and leaves the dimmed faint', () => {
    const contrast = { theme: 'contrast' as const, scale: 1 };
    for (const match of MATCH_STATES)
      for (const displayed of [false, true])
        for (const hovered of [false, true]) {
          const state = { displayed, match, hovered };
          expect(regionFillOpacity(state, contrast)).toBeLessThanOrEqual(0.95);
          expect(regionFillOpacity(state, contrast)).toBeGreaterThanOrEqual(regionFillOpacity(state, DESK_LOOK));
        }
    expect(regionFillOpacity({ displayed: true, match: MATCH.unmatched, hovered: false }, contrast)).toBe(
      regionFillOpacity({ displayed: true, match: MATCH.unmatched, hovered: false }, DESK_LOOK),
    );
  });
});

describe('names', () => {
  it('new areas first, then larger regions, as rank and as priority', () => {
    const xiongan = { level: 'newarea', areaKm2: 1770 };
    const baoding = { level: 'prefecture', areaKm2: 22190 };
    const county = { level: 'county', areaKm2: 300 };
    expect([county, baoding, xiongan].sort((a, b) => labelRank(a) - labelRank(b))).toEqual([xiongan, baoding, county]);
    expect([county, xiongan, baoding].sort((a, b) => labelPriority(b) - labelPriority(a))).toEqual([xiongan, baoding, county]);
  });

  it('grow with zoom between the stops and with the room', () => {
    expect(labelSize(2, DESK_LOOK)).toBe(13);
    expect(labelSize(6, DESK_LOOK)).toBe(15);
    expect(labelSize(10, DESK_LOOK)).toBe(17);
    expect(labelSize(6, { theme: 'dark', scale: 2 })).toBe(30);
  });

  it('the tooltip names the hovered region or element in the language shown', () => {
    expect(tooltipText({ type: 'region', code: '130600' }, data.regions, 'zh')).toBe(data.regions.get('130600')!.name.zh);
    expect(tooltipText({ type: 'element', key: 'p/e', name: { zh: '带', en: 'Belt' } }, data.regions, 'en')).toBe('Belt');
    expect(tooltipText(null, data.regions, 'en')).toBeUndefined();
  });
});

describe('framing', () => {
  it('leaves room for the panel and the figure cards, more in a meeting room', () => {
    // The edge clears the breadcrumb and the symbols below their places: no extra room that would shrink the whole-map view.
    expect(framePadding(DESK_LOOK, { rightPadding: 300 })).toEqual({ top: 56, right: 356, bottom: 56, left: 56 });
    expect(framePadding({ theme: 'default', scale: 1.5 }, { rightPadding: 0, bottomPadding: 100 })).toEqual({
      top: 84,
      right: 84,
      bottom: 184,
      left: 84,
    });
    // A wide wall's figure cards stand down the left.
    expect(framePadding(DESK_LOOK, { rightPadding: 300, leftPadding: 400 })).toEqual({ top: 56, right: 356, bottom: 56, left: 456 });
  });

  it('frames the whole pack with room below for the symbols hanging under its southernmost place, in the screen’s scale', () => {
    expect(homePadding(DESK_LOOK)).toEqual({ top: 56, right: 56, bottom: 72, left: 56 });
    // A 3840×2160 desk (scale 1.8): the hanging symbols grow with it, and a notice's room is kept above.
    expect(homePadding({ theme: 'default', scale: 1.8 }, 120)).toEqual({ top: 120, right: 101, bottom: 123, left: 101 });
  });
});

describe('room look', () => {
  it('presenting: scale with the room type (24px at 1080 high: 1.5); on the desk: 1 up to 20px type, then with it', () => {
    expect(roomLook(true, 'dark', 24)).toEqual({ theme: 'dark', scale: 1.5 });
    expect(roomLook(true, 'default', 48).scale).toBe(3);
    expect(roomLook(false, 'dark', 18.5)).toEqual(DESK_LOOK);
    // 3840×2160 at the desk: 36px type (app.css), marks 1.8×, theme stays the desk's.
    expect(roomLook(false, 'dark', 36)).toEqual({ theme: 'default', scale: 1.8 });
  });
});
