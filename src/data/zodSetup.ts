/**
 * zod's global settings, imported by every module that builds a schema, before it does (a schema reads
 * them when it is built). jitless: zod would otherwise compile validators with `new Function`, which a
 * strict Content-Security-Policy forbids (and reports in the console). English messages: the mini build
 * ships without any (the classic build would add the same ones).
 */
import { config } from 'zod/v4/core';
import en from 'zod/v4/locales/en.js';

config({ ...en(), jitless: true });
