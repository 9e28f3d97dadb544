/**
 * Steering on the progress page: Google Ads and Meta side by side for the
 * same dates, the three-month verdict per channel and per campaign, and the
 * exports. Figures come from lib/steering over the history's recomputation.
 */
import { reasonText } from '../history/EntryList';
import type { HistoryFmt } from '../history/format';
import type { ChannelComparison } from '../../lib/steering/channels';
import type { ChannelVerdict } from '../../lib/steering/verdict';

interface Props {
  fmt: HistoryFmt;
  comparisons: readonly ChannelComparison[];
  verdicts: readonly ChannelVerdict[];
  threshold: number;
  onThreshold(value: number): void;
  onExportCsv(): void;
  reportHref: string;
}

/** The most recent comparisons stay open; earlier ones are one click away (and still in the page). */
const RECENT = 4;

/** The columns of a channel table: the progress page's comparison and the report's totals. */
export function ChannelHead({ fmt }: { fmt: HistoryFmt }) {
  return (
    <thead>
      <tr>
        {(['platform', 'spend', 'netProfit', 'roi', 'roas'] as const).map((k) => (
          <th key={k} scope="col" class={k === 'platform' ? undefined : 'num'}>
            {fmt.t(`steer.col.${k}`)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function ChannelCompare({ fmt, c }: { fmt: HistoryFmt; c: ChannelComparison }) {
  const { t } = fmt;
  const period = fmt.period(c.period);
  return (
    <div class="compare" data-channel-compare="" data-start={c.period.start} data-end={c.period.end}>
      <table>
        <caption>{period}</caption>
        <ChannelHead fmt={fmt} />
        <tbody>
          {c.channels.map((x) => (
            <tr
              key={x.platform + x.account}
              data-platform={x.platform}
              data-roi={x.roi === null ? 'na' : String(x.roi)}
              data-roi-reason={x.reason ?? undefined}
            >
              <th scope="row">
                {t(`export.platform.${x.platform}`)} <span class="muted">{x.account}</span>
              </th>
              <td class="num">{fmt.money(x.spend, x.currency)}</td>
              <td class="num">{fmt.money(x.netProfit, x.currency)}</td>
              <td class="num">
                <strong>{fmt.roi(x.roi)}</strong>
                {x.reason && <span class="reason">{` (${reasonText(fmt, x.reason)})`}</span>}
              </td>
              <td class="num">{fmt.roas(x.platformRoas)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!c.sameCurrency && <p class="muted">{t('steer.currencies')}</p>}
    </div>
  );
}

/** The judged weeks that had no readable real ROI, each with why: a verdict never rests on them silently. */
function Gaps({ fmt, v }: { fmt: HistoryFmt; v: ChannelVerdict }) {
  const list = v.gaps.map((g) => `${fmt.period(g.period)} (${reasonText(fmt, g.reason) || fmt.t('history.na')})`).join('; ');
  return (
    <span class="gaps" data-verdict-gaps={v.gaps.length}>
      {' '}
      — {fmt.t('steer.gaps', { missing: v.gapWeeks, total: v.judgedWeeks, list })} {fmt.t('steer.gapsFix')}
    </span>
  );
}

export function VerdictList({ fmt, verdicts }: { fmt: HistoryFmt; verdicts: readonly ChannelVerdict[] }) {
  const { t } = fmt;
  if (verdicts.length === 0) return <p class="muted">{t('steer.verdictNone')}</p>;
  return (
    <ul class="verdicts">
      {verdicts.map((v) => (
        <li
          key={[v.platform, v.account, v.campaign, v.currency].join('|')}
          data-verdict={v.state}
          data-platform={v.platform}
          data-account={v.account}
          data-campaign={v.campaign ?? undefined}
          data-weeks={v.weeks}
          data-gap-weeks={v.gapWeeks || undefined}
        >
          <strong class={`verdict ${v.state}`}>{t(`steer.verdict.${v.state}`, { weeks: v.weeks })}</strong> {t(`export.platform.${v.platform}`)} {v.account} ·{' '}
          {v.campaign === null ? t('steer.channel') : (v.campaignName ?? v.campaign)}
          {(v.state === 'keep' || v.state === 'consider-stopping') && v.from && v.to && (
            <span class="muted">
              {' '}
              —{' '}
              {t('steer.evidence', {
                weeks: v.weeks,
                from: fmt.date(v.from),
                to: fmt.date(v.to),
                spend: fmt.money(v.spend, v.currency),
                roi: fmt.roi(v.roi),
              })}
            </span>
          )}
          {v.gaps.length > 0 && <Gaps fmt={fmt} v={v} />}
        </li>
      ))}
    </ul>
  );
}

export function SteeringSection({ fmt, comparisons, verdicts, threshold, onThreshold, onExportCsv, reportHref }: Props) {
  const { t } = fmt;
  return (
    <section aria-labelledby="steering-title" class="steering">
      <h2 id="steering-title">{t('steer.title')}</h2>
      <div class="buttons">
        <button type="button" onClick={onExportCsv} data-export-history-csv="">
          {t('steer.exportCsv')}
        </button>
        <a href={reportHref} target="_blank" rel="noopener" data-report-link="">
          {t('steer.report')}
        </a>
      </div>
      <h3>{t('steer.channels')}</h3>
      <p class="muted">{t('steer.channelsNote')}</p>
      {comparisons.length === 0 ? (
        <p class="empty">{t('steer.channelsNone')}</p>
      ) : (
        <>
          <div class="compares">
            {comparisons.slice(0, RECENT).map((c) => (
              <ChannelCompare key={c.period.start + c.period.end + c.profile} fmt={fmt} c={c} />
            ))}
          </div>
          {comparisons.length > RECENT && (
            <details>
              <summary>{t('steer.earlier', { count: comparisons.length - RECENT })}</summary>
              <div class="compares">
                {comparisons.slice(RECENT).map((c) => (
                  <ChannelCompare key={c.period.start + c.period.end + c.profile} fmt={fmt} c={c} />
                ))}
              </div>
            </details>
          )}
        </>
      )}
      <h3>{t('steer.verdicts')}</h3>
      <p class="muted">{t('steer.verdictHint')}</p>
      <label class="threshold">
        {t('steer.threshold')}
        <input
          type="number"
          step="1"
          value={Math.round(threshold * 1000) / 10}
          onChange={(e) => {
            const v = Number((e.currentTarget as HTMLInputElement).value);
            if (Number.isFinite(v)) onThreshold(v / 100);
          }}
        />
      </label>
      <VerdictList fmt={fmt} verdicts={verdicts} />
    </section>
  );
}
