/**
 * Every unit test may ask for either language: the English messages, a chunk of their own in the
 * page (src/i18n/i18n's loadMessages), are read once before the tests run.
 */
import { loadMessages } from '../../src/i18n/i18n';

await loadMessages('en');
