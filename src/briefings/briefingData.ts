/** Fetching the briefings (public/data/briefings/); brings zod with it, so it is imported lazily. */
import { loadValidated } from '../data/planData';
import { validateBriefing, validateBriefingIndex } from './validateBriefing';

export const fetchBriefingIndex = (base: string) => loadValidated(`${base}briefings/index.json`, validateBriefingIndex);
export const fetchBriefing = (base: string, file: string) => loadValidated(`${base}${file}`, validateBriefing);
