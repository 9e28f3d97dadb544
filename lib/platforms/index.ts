/**
 * The platform registry: every ad platform the extension supports, in the
 * order the UI lists them. A platform is one folder, lib/platforms/<id>/
 * (adapter, selectors, columns, platform.ts); adding one starts here
 * (docs/architecture.md, "Adding a platform"). Adapters are not listed:
 * each content script imports only its own.
 */
import type { PlatformInfo } from './contract/platform';
import { googleAdsPlatform } from './google-ads/platform';
import { metaPlatform } from './meta/platform';

export type { AccountIdFormat, PlatformInfo } from './contract/platform';

export const PLATFORM_LIST = [googleAdsPlatform, metaPlatform] as const;

export type Platform = (typeof PLATFORM_LIST)[number]['id'];

/** The ids, in the registry's order (a tuple, for zod enums). */
export const PLATFORMS = PLATFORM_LIST.map((p) => p.id) as unknown as readonly [Platform, ...Platform[]];

export function isPlatform(value: unknown): value is Platform {
  return (PLATFORMS as readonly unknown[]).includes(value);
}

/**
 * The registered platform `id`. An id no platform has (a hand-edited draft)
 * gets the first platform's, as a new account does on the options page.
 */
export function platformInfo(id: string): PlatformInfo<Platform> {
  return PLATFORM_LIST.find((p) => p.id === id) ?? PLATFORM_LIST[0];
}
