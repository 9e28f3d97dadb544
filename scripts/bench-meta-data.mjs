// The Meta bench's campaigns: plain ES5, serialized into the bench page
// (bench-meta-page.mjs) which generates them itself on demand.
/** n campaigns, deterministic; every 10th a traffic campaign without purchases ("—": its badge shows the loss). */
export function benchCampaigns(n, act) {
  var THEMES = ['Advantage+ Shopping', 'Retargeting', 'Lookalike', 'Interests', 'Catalog', 'Video views', 'Traffic'];
  var seed = 11,
    out = [];
  function rnd() {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  }
  for (var i = 0; i < n; i++) {
    var traffic = i % 10 === 9;
    var spend = 2000 + Math.floor(rnd() * 900000);
    var purchases = traffic ? 0 : 1 + Math.floor(rnd() * 300);
    var id = String(120216000000000 + i + 1);
    out.push({
      id: id,
      name: 'Campaign ' + (i + 1) + ' – ' + THEMES[i % THEMES.length],
      on: i % 11 !== 10,
      budget: 1000 + Math.floor(rnd() * 20) * 500,
      resultType: traffic ? 'clicks' : 'purchases',
      spend: spend,
      purchases: purchases,
      value: purchases ? Math.floor(spend * (0.4 + rnd() * 6)) : null,
      leads: 0,
      clicks: 50 + Math.floor(rnd() * 5000),
      reach: 1000 + Math.floor(rnd() * 200000),
      impr: 2000 + Math.floor(rnd() * 400000),
      atc: 0,
      atcValue: null,
      href: '/adsmanager/manage/adsets?act=' + act + '&selected_campaign_ids=' + id,
    });
  }
  return out;
}
