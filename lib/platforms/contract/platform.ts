/**
 * What the rest of the extension knows about one ad platform besides its
 * adapter: where it runs, what its account ids look like, how the options
 * page words them, where its demo page is. Plain data, no DOM: the settings,
 * the options page and the build read it without bundling an adapter.
 */
import type { MessageKey } from '../../i18n/en';

export interface AccountIdFormat {
  /** The canonical form of an id (what the page shows and the settings store). */
  pattern: RegExp;
  /** What people paste (URLs, invoices) to the canonical form; other text comes back trimmed, to be reported as typed. */
  normalise(raw: string): string;
  /** The settings schema's reason when an id does not match (English, docs/settings-file.md). */
  schemaError: string;
  /** The options page's hint under the id field, and its error (lib/i18n/forms.*.ts). */
  hintKey: MessageKey;
  errorKey: MessageKey;
}

export interface PlatformInfo<Id extends string = string> {
  /** Also the folder name under lib/platforms/, entrypoints/<id>.content/ and tests/fixtures/. */
  id: Id;
  /** Where the content script runs (manifest match patterns); the adapter decides per URL. */
  matches: readonly string[];
  account: AccountIdFormat;
  /** The demo page (scripts/demo.mjs) and the selector of its body rows. */
  demo: { page: string; rowSelector: string };
}
