import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Set up for the `dom` project only (component tests in jsdom).
afterEach(() => {
  cleanup();
  localStorage.clear();
});
