/**
 * The actual figures loaded in this session (user data, apart from the plans' facts) and the progress
 * settings: method, thresholds, and whether the map is coloured by progress. Light: no validator here.
 */
import { create } from 'zustand';
import { DEFAULT_THRESHOLDS, type Method, type Thresholds } from './method';
import type { Observation } from './observation';

export interface FigureSet {
  /** unique per load; also the key of the kept copy */
  id: string;
  /** the file it came from */
  label: string;
  observations: Observation[];
  /** the file as given, so "keep" can store it and a later visit check it again */
  file: { name: string; data: Uint8Array };
  kept: boolean;
  /** the fictional example figures: marked on screen and in every export */
  example: boolean;
}

interface FiguresState {
  sets: FigureSet[];
  method: Method;
  thresholds: Thresholds;
  colourMap: boolean;
  add: (set: FigureSet) => void;
  remove: (id: string) => void;
  setMethod: (method: Method) => void;
  setThresholds: (thresholds: Thresholds) => void;
  setColourMap: (on: boolean) => void;
}

export const useFigures = create<FiguresState>()((set) => ({
  sets: [],
  method: 'schedule',
  thresholds: DEFAULT_THRESHOLDS,
  colourMap: false,
  add: (figureSet) => set((s) => ({ sets: [...s.sets.filter((x) => x.id !== figureSet.id), figureSet] })),
  remove: (id) => set((s) => ({ sets: s.sets.filter((x) => x.id !== id), colourMap: s.colourMap && s.sets.some((x) => x.id !== id) })),
  setMethod: (method) => set({ method }),
  setThresholds: (thresholds) => set({ thresholds }),
  setColourMap: (colourMap) => set({ colourMap }),
}));

/** Whether any loaded figures are the fictional example (then every view and export says so). */
export const useExampleLoaded = () => useFigures((s) => s.sets.some((x) => x.example));
