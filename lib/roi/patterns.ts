/** Campaign-name patterns, shared by margin rules and cost scopes. */
import type { NamePattern, Profile } from './types';

const regexCache = new Map<string, RegExp | null>();

function compile(pattern: string): RegExp | null {
  let re = regexCache.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(pattern, 'i');
    } catch {
      // Settings validation refuses bad expressions; one that slips through
      // (an old file) matches nothing rather than breaking every row.
      re = null;
    }
    regexCache.set(pattern, re);
  }
  return re;
}

export function matchesPattern(p: NamePattern, name: string | null | undefined): boolean {
  if (name == null) return false;
  if (p.match === 'contains') return name.toLocaleLowerCase().includes(p.pattern.toLocaleLowerCase());
  return compile(p.pattern)?.test(name) ?? false;
}

/** Margin rate m for a campaign: the first matching rule, else the default. */
export function marginFor(profile: Pick<Profile, 'margin'>, name: string | null | undefined): number {
  for (const rule of profile.margin.rules) {
    if (matchesPattern(rule, name)) return rule.margin;
  }
  return profile.margin.default;
}
