import type { CommonMessages, ErrorMessages } from '../common.js';

/** English strings of every widget, loaded when a page shows that language. */
export default {
  loading: 'Loading…',
  retry: 'Try again',
  empty: 'Nothing to show yet.',
  notConfigured: 'This widget is not configured yet.',
  notConfiguredHint: (what: string) => `Site administrators: set ${what}.`,
  errors: {
    'not-configured': 'No data source is configured.',
    network: 'Could not connect. Check your connection and try again.',
    timeout: 'The server took too long to answer. Please try again later.',
    server: 'The server has a problem right now. Please try again later.',
    'rate-limited': 'Too many requests. Please wait a moment and try again.',
    'invalid-data': 'The data is malformed and cannot be shown.',
    'not-found': 'Nothing was found for this item.',
    rejected: 'The request was not accepted.',
    aborted: 'The request was cancelled.',
  } satisfies ErrorMessages,
  dataPath: (path: string) => `Problem at: ${path}`,
  readAloud: 'Read aloud',
  readAloudWhat: (what: string) => `: ${what}`,
} satisfies CommonMessages;
