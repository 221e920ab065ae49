import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * zod/mini (a fraction of full zod's 440 KB, which every function bundle
 * would otherwise parse at each cold start) loads no locale: without this,
 * every issue reads "Invalid input". English is what full zod loads, so the
 * messages are the same. Modules that report zod's own messages (the
 * subscriber record check) import this file for its effect; the step
 * contracts word their own (contracts/contract-schema.ts), and the
 * configuration is checked without zod.
 */
config(en());
