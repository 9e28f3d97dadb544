/**
 * The background's answer to a content script's steering request, with the
 * browser passed in: set the tab's toolbar badge, then write the panel text
 * from the history recomputed with today's settings.
 */
import { recompute } from '../history/recompute';
import type { HistoryEntry } from '../history/types';
import { localeFor, resolveLanguage } from '../i18n/language';
import type { Settings } from '../settings/schema';
import { badgeText, panelSteering, type PanelSteering, type SteerRequest } from './panel';

export interface SteerDeps {
  settings(): Promise<Settings>;
  entries(): Promise<HistoryEntry[]>;
  setBadge(text: string): void;
  browserLanguage: string | undefined;
}

export async function answerSteer(request: SteerRequest, deps: SteerDeps): Promise<PanelSteering> {
  deps.setBadge(badgeText(request.below));
  if (!request.period) return {};
  const settings = await deps.settings();
  const language = resolveLanguage(settings.language, deps.browserLanguage);
  // Only this account's entries are recomputed: the panel compares the table with itself.
  const entries = (await deps.entries()).filter((e) => e.platform === request.platform && e.accountId === request.accountId);
  const items = entries.map((entry) => ({ entry, rec: recompute(entry, settings) }));
  return panelSteering(request, items, settings.targetRoi, language, localeFor(language, deps.browserLanguage));
}
