/**
 * The progress page's steering state: the figures derived from the
 * recomputed history, and the user's verdict threshold (its own storage key).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AccountView } from '../../lib/history/view';
import { compareChannels } from '../../lib/steering/channels';
import { entrySteering, historyRecords } from '../../lib/steering/history';
import { readSteeringPrefs, STEERING_KEY, type SteeringPrefs } from '../../lib/steering/prefs';
import { verdicts } from '../../lib/steering/verdict';

export interface SteeringDeps {
  getItem(key: string): Promise<unknown>;
  setItem?(key: string, value: unknown): Promise<void>;
}

export function useSteering(deps: SteeringDeps, accounts: readonly AccountView[], targetRoi: number) {
  const [prefs, setPrefs] = useState<SteeringPrefs>(readSteeringPrefs(undefined));
  useEffect(() => {
    void deps.getItem(STEERING_KEY).then(
      (raw) => setPrefs(readSteeringPrefs(raw)),
      () => {},
    );
  }, [deps]);
  const items = useMemo(() => accounts.flatMap((a) => a.entries), [accounts]);
  const steering = useMemo(() => entrySteering(items, targetRoi), [items, targetRoi]);
  const records = useMemo(() => historyRecords(items), [items]);
  const comparisons = useMemo(() => compareChannels([...records.channels, ...records.gaps]), [records]);
  const judged = useMemo(
    () => verdicts([...records.channels, ...records.campaigns, ...records.gaps], prefs.verdictThreshold),
    [records, prefs.verdictThreshold],
  );
  return {
    items,
    steering,
    comparisons,
    verdicts: judged,
    threshold: prefs.verdictThreshold,
    setThreshold(value: number) {
      const next = { ...prefs, verdictThreshold: value };
      setPrefs(readSteeringPrefs(next));
      void deps.setItem?.(STEERING_KEY, next);
    },
  };
}
