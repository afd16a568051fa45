import { describe, expect, it } from 'vitest';
import { parseMessage, react, stepMessage } from '../../../src/present/channel';

describe('presenter channel messages', () => {
  it('accept well-formed messages only', () => {
    expect(parseMessage({ type: 'step', briefing: 'demo-hebei', step: 3 })).toEqual({ type: 'step', briefing: 'demo-hebei', step: 3 });
    expect(parseMessage({ type: 'hello', extra: 1 })).toEqual({ type: 'hello' });
    for (const bad of [
      null,
      'step',
      7,
      {},
      { type: 'step', briefing: 'x', step: 0 },
      { type: 'step', briefing: 'x', step: 1.5 },
      { type: 'step', briefing: '<b>', step: 1 },
      { type: 'nope' },
    ]) {
      expect(parseMessage(bad)).toBeNull();
    }
  });

  it('a new window asking gets the current step; a window not presenting stays quiet', () => {
    expect(react({ type: 'hello' }, { briefing: 'demo-hebei', step: 4 })).toEqual({
      reply: { type: 'step', briefing: 'demo-hebei', step: 4 },
    });
    expect(react({ type: 'hello' }, { briefing: null, step: 1 })).toEqual({});
  });

  it('either window moving moves the other, and the same step is not applied again', () => {
    expect(react({ type: 'step', briefing: 'demo-hebei', step: 2 }, { briefing: 'demo-hebei', step: 1 })).toEqual({
      go: { briefing: 'demo-hebei', step: 2 },
    });
    expect(react({ type: 'step', briefing: 'demo-hebei', step: 2 }, { briefing: 'demo-hebei', step: 2 })).toEqual({});
  });

  it('ending the presentation reaches a window that presents', () => {
    expect(react({ type: 'exit' }, { briefing: 'demo-hebei', step: 2 })).toEqual({ exit: true });
    expect(react({ type: 'exit' }, { briefing: null, step: 1 })).toEqual({});
  });

  it('says where it is only while presenting', () => {
    expect(stepMessage({ briefing: 'demo-hebei', step: 5 })).toEqual({ type: 'step', briefing: 'demo-hebei', step: 5 });
    expect(stepMessage({ briefing: null, step: 1 })).toBeNull();
  });
});
