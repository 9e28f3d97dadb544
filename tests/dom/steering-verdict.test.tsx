// @vitest-environment happy-dom
/**
 * The three-month verdict as the progress page and the printed report show
 * it: weeks without a readable real ROI are counted and named with why and
 * the fix, and no verdict (nor its evidence figures) is claimed on fewer
 * than 13 readable weeks. In English and in French.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { historyFmt } from '../../components/history/format';
import { Report } from '../../components/steering/Report';
import { ChannelCompare, VerdictList } from '../../components/steering/SteeringSection';
import { translator } from '../../lib/i18n';
import { compareChannels, type PeriodGap, type PeriodRecord, verdicts } from '../../lib/steering';
import { rec, weeks } from '../unit/steering/records';

afterEach(cleanup);

function judged() {
  const list: (PeriodRecord | PeriodGap)[] = weeks(13, '2026-11-29', { roi: 0.2 });
  for (const [i, reason] of [
    [1, 'spend-column-missing'],
    [4, 'no-totals'],
  ] as const) {
    const { period, profile, platform, account, campaign, currency } = list[i] as PeriodRecord;
    list[i] = { period, profile, platform, account, campaign, currency, reason };
  }
  return verdicts([...list, ...weeks(13, '2026-11-29', { roi: 0.2, platform: 'meta', account: '9' })]);
}

const fmtOf = (lang: 'en' | 'fr') => historyFmt(translator(lang), lang === 'en' ? 'en-US' : 'fr-FR', 'percent');

describe('the verdict with periods it could not use', () => {
  it('names the missing weeks with why and the fix, and claims no verdict (EN)', () => {
    render(<VerdictList fmt={fmtOf('en')} verdicts={judged()} />);
    const google = document.querySelector<HTMLElement>('[data-platform="google-ads"]')!;
    expect(google.dataset.verdict).toBe('incomplete');
    expect(google.dataset.gapWeeks).toBe('2');
    const text = google.textContent!;
    expect(text).toContain('No verdict (11 of 13 weeks readable)');
    expect(text).toMatch(
      /2 of 13 weeks had no readable real ROI and are not counted: Nov 16\s–\s22, 2026 \(spend column not found\); Oct 26\s–\sNov 1, 2026 \(the table had no totals row\)\./,
    );
    expect(text).toContain('To count them, fix what is named and open those dates again in the ad table.');
    // No evidence figures on an incomplete verdict: they would rest on 11 weeks only.
    expect(text).not.toMatch(/real ROI 20/);
    // The complete channel keeps its verdict and evidence, with no gap line.
    const meta = document.querySelector<HTMLElement>('[data-platform="meta"]')!;
    expect(meta.dataset.verdict).toBe('consider-stopping');
    expect(meta.querySelector('[data-verdict-gaps]')).toBeNull();
    expect(meta.textContent).toContain('13 weeks');
  });

  it('says the same in French', () => {
    render(<VerdictList fmt={fmtOf('fr')} verdicts={judged()} />);
    const text = document.querySelector<HTMLElement>('[data-platform="google-ads"]')!.textContent!;
    expect(text).toContain('Pas de verdict (11 semaines lisibles sur 13)');
    expect(text).toContain('2 semaines sur 13 n’avaient pas de ROI réel lisible et ne sont pas comptées');
    expect(text).toContain('colonne des dépenses introuvable');
    expect(text).toContain('Pour les compter, corrigez ce qui est indiqué');
  });

  it('the printed report shows the channel verdicts with their gaps', () => {
    render(<Report fmt={fmtOf('en')} accounts={[]} comparisons={[]} verdicts={judged()} targetRoi={0.5} today="2026-11-30" />);
    const gaps = document.querySelector<HTMLElement>('[data-verdict="incomplete"] [data-verdict-gaps]');
    expect(gaps?.dataset.verdictGaps).toBe('2');
  });

  it('a channel without a readable real ROI stands beside the other with its reason (EN and FR)', () => {
    const period = { start: '2026-11-01', end: '2026-11-30' };
    const gap: PeriodGap = { profile: 'default', platform: 'meta', account: '9', campaign: null, period, currency: 'EUR', reason: 'no-totals' };
    const [c] = compareChannels([rec({ ...period, roi: 1.2 }), gap]);
    render(<ChannelCompare fmt={fmtOf('en')} c={c!} />);
    const row = document.querySelector<HTMLElement>('[data-platform="meta"]')!;
    expect(row.dataset.roi).toBe('na');
    expect(row.dataset.roiReason).toBe('no-totals');
    expect(row.textContent).toContain('n/a (the table had no totals row)');
    cleanup();
    render(<ChannelCompare fmt={fmtOf('fr')} c={c!} />);
    expect(document.querySelector('[data-platform="meta"]')!.textContent).toContain('(le tableau n’avait pas de ligne de total)');
  });
});
