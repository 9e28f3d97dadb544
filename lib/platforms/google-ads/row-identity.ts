/**
 * Who a Google Ads row is: its key (row-keys.ts, numbered by occurrence when
 * rows still collide) and its name, read from its links and name cells.
 */
import { firstMatch, visibleText } from '../contract/dom';
import { type Occurrences, occurrenceOf, withOccurrence } from '../contract/occurrence';
import { googleRowKey, keywordIdentity, LEVEL_IDS, linkParams } from './row-keys';
import { GOOGLE_ADS_SELECTORS as S } from './selectors';

export interface RowIdentity {
  key: string | null;
  name: string | null;
  /** The link the name came from, if any. */
  link: Element | null;
}

function text(el: Element | null): string | null {
  return (el && visibleText(el, S.ignoredInCell)) || null;
}

/** The key before its occurrence number, and the name. */
export function rowIdentity(row: Element, level: string): RowIdentity {
  const links = Array.from(row.querySelectorAll(S.nameLink));
  const params = linkParams(links.map((l) => l.getAttribute('href')));
  const keyword = row.querySelector('keyword-text');
  const nameCell = firstMatch(row, S.nameCell);
  // The name: the keyword, else the link carrying the row's own id, else the name cell's link or text.
  const ownIds = LEVEL_IDS[level]?.own ?? [];
  const ownLink = links[params.findIndex((p) => ownIds.some((id) => p.has(id)))] ?? null;
  const cellLink = (nameCell && links.find((l) => nameCell.contains(l))) ?? null;
  const own = ownLink ?? cellLink ?? links[0] ?? null;
  const name = text(keyword) ?? text(ownLink ?? cellLink) ?? text(nameCell) ?? text(own) ?? own?.getAttribute('aria-label')?.trim() ?? null;
  const identity = level === 'keywords' ? keywordIdentity(name, text(row.querySelector(S.matchTypeCell))) : name;
  return { key: googleRowKey(level, params, identity), name, link: own };
}

/** Keys made of ids alone (`campaign:1`, `keyword:2~3`) are unique already: only keys made of text are numbered. */
const ID_KEY = /^[a-z]+:\d+(?:~\d+)?$/;

/** Is `key` numbered by occurrence (made of text, not of ids alone)? */
export const isNumberedKey = (key: string): boolean => !ID_KEY.test(key);

/** The key of a data row, unique on the page: rows that still share one are numbered in page order. */
export function uniqueKey(row: Element, key: string, rows: () => Element[], level: string, cache: Occurrences): string {
  if (ID_KEY.test(key)) return key;
  return withOccurrence(
    key,
    occurrenceOf(row, rows, (r) => rowIdentity(r, level).key, cache),
  );
}
