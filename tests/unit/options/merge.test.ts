import { describe, expect, it } from 'vitest';
import { mergeThreeWay } from '../../../lib/options/merge';
import { setAt } from '../../../lib/options/paths';
import type { DraftSettings } from '../../../lib/options/loose';
import { exampleSettings } from './fixtures';

const base = () => exampleSettings() as DraftSettings;

describe('field-level merge of changes saved elsewhere', () => {
  it('keeps local edits and takes the other side’s edits to other fields', () => {
    const ours = setAt(base(), ['profiles', 0, 'margin', 'default'], 0.55);
    const theirs = setAt(base(), ['profiles', 1, 'name'], 'Client B (EU)');
    const { value, conflicts } = mergeThreeWay(base(), ours, theirs);
    expect(value.profiles[0]!.margin.default).toBe(0.55);
    expect(value.profiles[1]!.name).toBe('Client B (EU)');
    expect(conflicts).toEqual([]);
  });

  it('keeps the local edit when both changed the same field, and reports it', () => {
    const ours = setAt(base(), ['targetRoi'], 0.4);
    const theirs = setAt(base(), ['targetRoi'], 0.3);
    expect(mergeThreeWay(base(), ours, theirs)).toEqual({ value: ours, conflicts: ['targetRoi'] });
  });

  it('keeps half-typed values (NaN, null) of the local draft', () => {
    const ours = setAt(base(), ['profiles', 0, 'costs', 1, 'amount'], Number.NaN);
    const theirs = setAt(base(), ['display'], 'ratio');
    const { value } = mergeThreeWay(base(), ours, theirs);
    expect(value.profiles[0]!.costs[1]).toMatchObject({ amount: Number.NaN });
    expect(value.display).toBe('ratio');
  });

  it('merges lists of items with ids item by item: added on both sides, removed elsewhere', () => {
    const ours = base();
    ours.profiles[0]!.costs.push({ kind: 'monthly', id: 'mine', label: 'Mine', amount: 10 });
    const theirs = base();
    theirs.profiles[0]!.costs = theirs.profiles[0]!.costs.filter((c) => c.id !== 'c2');
    theirs.profiles[0]!.costs.push({ kind: 'monthly', id: 'theirs', label: 'Theirs', amount: 20 });
    const { value, conflicts } = mergeThreeWay(base(), ours, theirs);
    expect(value.profiles[0]!.costs.map((c) => c.id)).toEqual(['c1', 'c3', 'c4', 'c5', 'mine', 'theirs']);
    expect(conflicts).toEqual([]);
  });

  it('keeps an item removed elsewhere when it was edited here', () => {
    const ours = setAt(base(), ['profiles', 0, 'costs', 1, 'amount'], 130);
    const theirs = base();
    theirs.profiles[0]!.costs.splice(1, 1);
    const { value, conflicts } = mergeThreeWay(base(), ours, theirs);
    expect(value.profiles[0]!.costs.find((c) => c.id === 'c2')).toMatchObject({ amount: 130 });
    expect(conflicts).toEqual(['profiles.default.costs.c2']);
  });

  it('takes a new profile added elsewhere', () => {
    const theirs = base();
    theirs.profiles.push({ ...structuredClone(theirs.profiles[1]!), id: 'p3', name: 'New', accounts: [] });
    const ours = setAt(base(), ['language'], 'fr');
    const { value } = mergeThreeWay(base(), ours, theirs);
    expect(value.profiles.map((p) => p.id)).toEqual(['default', 'p2', 'p3']);
    expect(value.language).toBe('fr');
  });

  it('merges lists without ids position by position when their lengths agree, else keeps ours', () => {
    const rules = ['profiles', 1, 'margin', 'rules'];
    const ours = setAt(base(), [...rules, 0, 'margin'], 0.2);
    const theirs = setAt(base(), [...rules, 0, 'pattern'], 'Bottles');
    expect(mergeThreeWay(base(), ours, theirs).value.profiles[1]!.margin.rules).toEqual([{ match: 'contains', pattern: 'Bottles', margin: 0.2 }]);
    const longer = setAt(base(), rules, []);
    const { value, conflicts } = mergeThreeWay(base(), ours, longer);
    expect(value.profiles[1]!.margin.rules).toEqual(ours.profiles[1]!.margin.rules);
    expect(conflicts).toEqual(['profiles.p2.margin.rules']);
  });
});
