/**
 * Month names and abbreviations, as the platforms and CLDR write them in
 * the UI languages we read (en, fr, de, es, it, pt, nl, ru). Keys are
 * folded (lowercase, no accents, no trailing period), so `déc.`, `dec`,
 * `Dez.` and `März`/`Mär.` all hit. One table serves every language
 * because no key means two different months in two of them (`mar` is March
 * in en/es/it/pt/de, `mai` May in fr/de/pt); the tests check this.
 */
import { foldWord } from './text';

const NAMES: ReadonlyArray<readonly string[]> = [
  /* 1 */ ['jan', 'january', 'janv', 'janvier', 'januar', 'jänner', 'jän', 'ene', 'enero', 'gen', 'gennaio', 'janeiro', 'januari', 'янв', 'январь', 'января'],
  /* 2 */ ['feb', 'february', 'févr', 'fév', 'février', 'februar', 'febrero', 'febbraio', 'fev', 'fevereiro', 'februari', 'фев', 'февр', 'февраль', 'февраля'],
  /* 3 */ ['mar', 'march', 'mars', 'märz', 'mär', 'marzo', 'março', 'mrt', 'maart', 'мар', 'март', 'марта'],
  /* 4 */ ['apr', 'april', 'avr', 'avril', 'abr', 'abril', 'aprile', 'апр', 'апрель', 'апреля'],
  /* 5 */ ['may', 'mai', 'mayo', 'mag', 'maggio', 'maio', 'mei', 'май', 'мая'],
  /* 6 */ ['jun', 'june', 'juin', 'juni', 'junio', 'giu', 'giugno', 'junho', 'июн', 'июнь', 'июня'],
  /* 7 */ ['jul', 'july', 'juil', 'juill', 'juillet', 'juli', 'julio', 'lug', 'luglio', 'julho', 'июл', 'июль', 'июля'],
  /* 8 */ ['aug', 'august', 'août', 'aout', 'ago', 'agosto', 'augustus', 'авг', 'август', 'августа'],
  /* 9 */ ['sep', 'sept', 'september', 'septembre', 'septiembre', 'set', 'setiembre', 'settembre', 'setembro', 'сен', 'сент', 'сентябрь', 'сентября'],
  /* 10 */ ['oct', 'october', 'octobre', 'okt', 'oktober', 'octubre', 'ott', 'ottobre', 'out', 'outubro', 'окт', 'октябрь', 'октября'],
  /* 11 */ ['nov', 'november', 'novembre', 'noviembre', 'novembro', 'ноя', 'нояб', 'ноябрь', 'ноября'],
  /* 12 */ ['dec', 'december', 'déc', 'décembre', 'dez', 'dezember', 'dic', 'diciembre', 'dicembre', 'dezembro', 'дек', 'декабрь', 'декабря'],
];

const BY_KEY: ReadonlyMap<string, number> = new Map(NAMES.flatMap((names, i) => names.map((name) => [foldWord(name), i + 1] as const)));

/** Month number 1–12 of a month word (any case, accents and trailing period optional), or null. */
export function monthOf(word: string): number | null {
  return BY_KEY.get(foldWord(word)) ?? null;
}
