/** Textes français de la vue « durée de vie client » (page d’options, aperçu d’import). */
import type { lifetimeEn } from './lifetime.en';

export const lifetimeFr: Record<keyof typeof lifetimeEn, string> = {
  'settingField.badgeRoi': 'Badges',
  'profileField.lifetime': 'durée de vie client',
  'badgeRoi.firstOrder': 'ROI de la première commande',
  'badgeRoi.lifetime': 'ROI sur la durée de vie',
  'lifetimeValue.text': '{orders} commandes par an pendant {years} ans, {share} de nouveaux clients',
  'name.badgeRoi': 'Badges',
  'name.lifetime': 'Durée de vie client',
  'name.purchasesPerYear': 'Commandes par an',
  'name.years': 'Années',
  'error.tooFewOrders': 'Commandes par an × années doit faire au moins 1 commande : la première.',
  'name.newCustomerShare': 'Nouveaux clients',

  'lifetime.title': 'Durée de vie client',
  'lifetime.enabled': 'Mes clients rachètent : montrer aussi ce que vaut un client après sa première commande',
  'lifetime.help':
    'Les plateformes ne comptent que la première commande. Quand les clients reviennent, les conquérir se paie une fois, mais la marge revient à chaque commande. Chaque ligne reçoit alors aussi un ROI sur la durée de vie, son coût par nouveau client (CAC), la valeur vie client (CLV) et le nombre de mois pour rembourser le CAC.',
  'lifetime.example':
    'Par exemple : un panier moyen de {aov}, {perYear} commandes par an pendant {years} ans, une marge de {margin} et {cac} pour conquérir le client (CAC). La première commande rapporte {firstMargin} de marge : une perte. Sur {orders} commandes, le client apporte {lifeMargin} de marge : un ROI sur la durée de vie de {roi}.',
  'lifetime.purchasesPerYear': 'Commandes par client et par an',
  'lifetime.years': 'Années pendant lesquelles un client achète',
  'lifetime.newCustomerShare': 'Part de nouveaux clients dans les conversions (%)',
  'lifetime.newCustomerHint':
    'Les commandes de clients qui reviennent ne conquièrent personne ; elles ne sont pas comptées deux fois. 100 % si chaque conversion est un nouveau client.',
  'lifetime.orders': 'Chaque nouveau client passe {orders} commandes en tout.',
  'lifetime.badge': 'Les badges des tableaux montrent',
  'lifetime.badgeFirstOrder': 'Le ROI réel de la première commande',
  'lifetime.badgeLifetime': 'Le ROI sur la durée de vie, marqué « LTV », pour les profils qui ont une durée de vie client',
  'lifetime.badgeHint': 'Le panneau de synthèse sur la page passe de l’un à l’autre en un clic.',
};
