/**
 * Compile-time contract: what the settings schema produces can be handed to
 * the engine as is. `tsc --noEmit` checks this file; the runtime test only
 * keeps vitest from reporting an empty file.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { Cost, CostKind, Profile } from '../../../lib/roi/types';
import type { Settings, SettingsCost, SettingsProfile } from '../../../lib/settings';
import { defaultSettings } from '../../../lib/settings';

describe('settings types', () => {
  it('SettingsProfile is assignable to the engine Profile', () => {
    expectTypeOf<SettingsProfile>().toExtend<Profile>();
    const profile: Profile = defaultSettings().profiles[0]!; // fails tsc if not assignable
    expectTypeOf(profile).toEqualTypeOf<Profile>();
  });

  it('costs cover exactly the engine cost kinds', () => {
    expectTypeOf<SettingsCost>().toExtend<Cost>();
    expectTypeOf<SettingsCost['kind']>().toEqualTypeOf<CostKind>();
  });

  it('profiles carry their id, name and accounts', () => {
    expectTypeOf<SettingsProfile>().toHaveProperty('id').toEqualTypeOf<string>();
    expectTypeOf<SettingsProfile['accounts'][number]['platform']>().toEqualTypeOf<'google-ads' | 'meta'>();
    expectTypeOf<Settings['profiles']>().toEqualTypeOf<SettingsProfile[]>();
  });
});
