// @vitest-environment jsdom
// isTyping reads elements, so this file needs a DOM; the rest of the key logic is plain.
import { describe, expect, it } from 'vitest';
import { isEnterKey, isTyping, keyAction } from '../../../src/present/keys';

describe("a clicker's keys", () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'prev'],
    ['PageUp', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['b', 'blank'],
    ['B', 'blank'],
    ['.', 'blank'],
    ['Escape', 'exit'],
    ['r', 'return'],
    ['Backspace', 'return'],
  ])('%j does %s', (key, action) => {
    expect(keyAction({ key })).toBe(action);
  });

  it('leaves other keys and browser shortcuts alone', () => {
    expect(keyAction({ key: 'x' })).toBeNull();
    expect(keyAction({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(keyAction({ key: 'r', ctrlKey: true })).toBeNull();
    expect(keyAction({ key: 'End', metaKey: true })).toBeNull();
  });

  it('P enters presentation mode, Ctrl+P still prints', () => {
    expect(isEnterKey({ key: 'p' })).toBe(true);
    expect(isEnterKey({ key: 'P' })).toBe(true);
    expect(isEnterKey({ key: 'p', ctrlKey: true })).toBe(false);
  });
});

describe('typing', () => {
  it('in a text field or editable element keeps the keys for the field', () => {
    const text = document.createElement('input');
    const area = document.createElement('textarea');
    const select = document.createElement('select');
    expect([text, area, select].map(isTyping)).toEqual([true, true, true]);
  });

  it('does not include buttons, checkboxes or the page itself', () => {
    const box = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(isTyping(box)).toBe(false);
    expect(isTyping(document.createElement('button'))).toBe(false);
    expect(isTyping(document.body)).toBe(false);
    expect(isTyping(null)).toBe(false);
  });
});
