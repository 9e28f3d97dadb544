import type { Platform } from '../platforms/contract/types';
import { normaliseAccountId } from './accounts';
import { defaultProfile } from './defaults';
import type { Settings, SettingsProfile } from './schema';

/**
 * The profile for the page's ad account: the one listing it, else the
 * default profile. `accountId` is taken as the page shows it (with or
 * without dashes, with or without `act_`); null when the page shows none.
 */
export function profileFor(settings: Settings, platform: Platform, accountId: string | null): SettingsProfile {
  const id = accountId === null ? null : normaliseAccountId(platform, accountId);
  if (id !== null) {
    const listed = settings.profiles.find((profile) => profile.accounts.some((account) => account.platform === platform && account.id === id));
    if (listed) return listed;
  }
  // Valid settings always have the default profile; the fallbacks only keep
  // a caller holding unchecked settings from crashing the overlay.
  return settings.profiles.find((profile) => profile.id === settings.defaultProfile) ?? settings.profiles[0] ?? defaultProfile();
}
