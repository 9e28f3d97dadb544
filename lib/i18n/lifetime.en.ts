/**
 * English texts of the lifetime view on the options page and in the import
 * preview. Spread into en.ts; lifetime.fr.ts has the same keys.
 */
export const lifetimeEn = {
  'settingField.badgeRoi': 'Badges show',
  'profileField.lifetime': 'customer lifetime',
  'badgeRoi.firstOrder': 'first-order ROI',
  'badgeRoi.lifetime': 'lifetime ROI',
  'lifetimeValue.text': '{orders} orders a year for {years} years, {share} new customers',
  'name.badgeRoi': 'Badges show',
  'name.lifetime': 'Customer lifetime',
  'name.purchasesPerYear': 'Orders per year',
  'name.years': 'Years',
  'error.tooFewOrders': 'Orders per year × years must come to at least 1 order: the first one.',
  'name.newCustomerShare': 'New customers',

  'lifetime.title': 'Customer lifetime',
  'lifetime.enabled': 'My customers buy again: also show what a customer is worth after the first order',
  'lifetime.help':
    'The platforms count the first order only. When customers come back, winning them is paid once, but the margin comes with every order. Each row then also gets a lifetime ROI, its cost per new customer (CAC), customer lifetime value (CLV) and the months it takes to earn the CAC back.',
  'lifetime.example':
    'For example: an average order of {aov}, {perYear} orders a year for {years} years, a {margin} margin and {cac} to win the customer (CAC). The first order earns {firstMargin} of margin, a loss. Over {orders} orders the customer brings {lifeMargin} of margin: a lifetime ROI of {roi}.',
  'lifetime.purchasesPerYear': 'Orders per customer per year',
  'lifetime.years': 'Years a customer keeps buying',
  'lifetime.newCustomerShare': 'New customers among conversions (%)',
  'lifetime.newCustomerHint': 'Orders by returning customers win nobody new; they are not counted again. 100 % if every conversion is a new customer.',
  'lifetime.orders': 'Each new customer places {orders} orders in all.',
  'lifetime.badge': 'Badges in the tables show',
  'lifetime.badgeFirstOrder': 'The real ROI of the first order',
  'lifetime.badgeLifetime': 'The lifetime ROI, marked “LTV”, for profiles with a customer lifetime',
  'lifetime.badgeHint': 'The summary panel on the page switches between the two in one click.',
} as const;
