/**
 * The probe's words: labels.ts's, normalized (probe-vocabulary.ts). In the build this module is
 * replaced by their value, computed once (wxt.config.ts), so the loader carries neither the label
 * lists nor the work of normalizing them on every page; tests and the type checker read it as it is.
 */
import { probeVocabulary } from './probe-vocabulary';

export const probeWords = probeVocabulary();
