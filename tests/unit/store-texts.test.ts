import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
type Messages = Record<string, { message: string; description?: string }>;
const catalog = (lang: string): Messages => JSON.parse(readFileSync(path.join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Messages;

describe('store texts (_locales)', () => {
  const en = catalog('en');
  const fr = catalog('fr');

  it("name and description are within the stores' limits, in both languages", () => {
    for (const m of [en, fr]) {
      // 45: Edge's limit for the name, the strictest store; 132: Chrome's for the description.
      expect(m.extName!.message.length).toBeGreaterThan(0);
      expect(m.extName!.message.length).toBeLessThanOrEqual(45);
      expect(m.extDescription!.message.length).toBeGreaterThan(0);
      expect(m.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });

  it('French has the same keys and is really translated', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    expect(fr.extDescription!.message).not.toBe(en.extDescription!.message);
    expect(fr.extName!.message).not.toBe(en.extName!.message);
  });

  it('the manifest takes its name and description from the catalogs', () => {
    const config = readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8');
    for (const key of Object.keys(en)) expect(config).toContain(`__MSG_${key}__`);
    expect(config).toMatch(/default_locale: 'en'/);
  });
});
