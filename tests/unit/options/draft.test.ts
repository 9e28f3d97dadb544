import { describe, expect, it } from 'vitest';
import { draftRecord, isDirty, rebaseDraft, restoreDraft } from '../../../lib/options/draft';
import { setAt } from '../../../lib/options/paths';
import type { DraftSettings } from '../../../lib/options/loose';
import type { Settings } from '../../../lib/settings';
import { exampleSettings } from './fixtures';

/** What storage gives back: JSON, so NaN comes back as null. */
const stored = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe('draft kept across visits', () => {
  it('restores unsaved edits with their time', () => {
    const saved = exampleSettings();
    const draft = setAt(saved as DraftSettings, ['profiles', 0, 'margin', 'default'], 0.5);
    const record = stored(draftRecord(saved, draft, new Date('2025-11-20T10:00:00Z')));
    expect(restoreDraft(record, saved)).toEqual({ draft, updatedAt: '2025-11-20T10:00:00.000Z', conflicts: [] });
  });

  it('replays the edits over settings saved since', () => {
    const before = exampleSettings();
    const draft = setAt(before as DraftSettings, ['profiles', 0, 'margin', 'default'], 0.5);
    const savedSince = setAt(before, ['targetRoi'], 0.4) as Settings;
    const restored = restoreDraft(stored(draftRecord(before, draft)), savedSince);
    expect(restored.draft.targetRoi).toBe(0.4);
    expect(restored.draft.profiles[0]!.margin.default).toBe(0.5);
  });

  it('keeps an unreadable field as empty (null) rather than dropping the draft', () => {
    const saved = exampleSettings();
    const draft = setAt(saved as DraftSettings, ['profiles', 0, 'costs', 1, 'amount'], Number.NaN);
    const restored = restoreDraft(stored(draftRecord(saved, draft)), saved);
    expect(restored.draft.profiles[0]!.costs[1]).toMatchObject({ amount: null });
  });

  it('restores nothing from a missing, broken or already saved draft', () => {
    const saved = exampleSettings();
    const none = { draft: saved, updatedAt: null, conflicts: [] };
    expect(restoreDraft(undefined, saved)).toEqual(none);
    expect(restoreDraft({ version: 1, base: { nope: true }, draft: {} }, saved)).toEqual(none);
    expect(restoreDraft(stored(draftRecord(saved, saved)), saved)).toEqual(none);
    const edited = setAt(saved as DraftSettings, ['display'], 'ratio');
    expect(restoreDraft(stored(draftRecord(saved, edited)), edited as Settings)).toEqual({ ...none, draft: edited });
  });

  it('is dirty only when the draft differs from the saved settings', () => {
    const saved = exampleSettings();
    expect(isDirty(exampleSettings(), saved)).toBe(false);
    expect(isDirty(setAt(saved as DraftSettings, ['language'], 'fr'), saved)).toBe(true);
  });

  it('rebases a draft when settings change elsewhere', () => {
    const base = exampleSettings();
    const ours = setAt(base as DraftSettings, ['profiles', 0, 'name'], 'Mine');
    const theirs = setAt(base, ['profiles', 0, 'currency'], 'USD') as Settings;
    const { value } = rebaseDraft(base, ours, theirs);
    expect(value.profiles[0]).toMatchObject({ name: 'Mine', currency: 'USD' });
  });
});
