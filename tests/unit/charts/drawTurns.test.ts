import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A fresh module per test: the queue is module state.
/** One frame painted: the animation frame, then the task it queued. */
const nextFrame = () => {
  vi.advanceTimersByTime(16);
  vi.advanceTimersByTime(1);
};
const load = async () => (await import('../../../src/charts/drawTurns')).requestDrawTurn;

describe('requestDrawTurn', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    // Node has no animation frames: a frame here is 16 ms of the fake clock.
    vi.stubGlobal('requestAnimationFrame', (paint: () => void) => setTimeout(paint, 16));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('draws the first chart at once and each further one a frame later, in order', async () => {
    const requestDrawTurn = await load();
    const drawn: string[] = [];
    for (const name of ['a', 'b', 'c']) requestDrawTurn(() => drawn.push(name));
    expect(drawn).toEqual(['a']);
    nextFrame();
    expect(drawn).toEqual(['a', 'b']);
    nextFrame();
    expect(drawn).toEqual(['a', 'b', 'c']);
  });

  it('skips a chart that went away before its turn', async () => {
    const requestDrawTurn = await load();
    const drawn: string[] = [];
    requestDrawTurn(() => drawn.push('a'));
    const cancel = requestDrawTurn(() => drawn.push('b'));
    requestDrawTurn(() => drawn.push('c'));
    cancel();
    nextFrame();
    expect(drawn).toEqual(['a', 'c']);
  });

  it('gives a new panel its first chart at once once the queue has drained', async () => {
    const requestDrawTurn = await load();
    const drawn: string[] = [];
    requestDrawTurn(() => drawn.push('a'));
    nextFrame();
    requestDrawTurn(() => drawn.push('next panel'));
    expect(drawn).toEqual(['a', 'next panel']);
  });
});
