import { describe, expect, it } from 'vitest';
import { ANCHOR_SLUGS } from './anchors';
import { generateCatalog } from './generate';
import type { CatalogPlan } from './types';

// The benchmark scale: 10 000 merchants, still unique where the schema says
// unique. Generating them takes a second or more: once, with a generous timeout.

const NOW = new Date('2025-03-12T10:30:00Z');
const TIMEOUT_MS = 30_000;
let plan: CatalogPlan | undefined;
const large = () => (plan ??= generateCatalog({ now: NOW, scale: 'large' }));

describe('generateCatalog (large)', () => {
  it("keeps the anchors' distinctive words to the anchors, so a search finds them alone", {
    timeout: TIMEOUT_MS,
  }, () => {
    const words = /lavande|celeste|volt|pixel|etoile|horizon|azur|brume|oublie|nuage|aurore|minuit/;
    const clashes = large().merchants.filter((m) => !ANCHOR_SLUGS.includes(m.slug) && words.test(m.slug));
    expect(clashes.map((m) => m.name)).toEqual([]);
  });

  it('generates 10 000 unique merchants at large scale', { timeout: TIMEOUT_MS }, () => {
    const { merchants } = large();
    expect(merchants).toHaveLength(10_000);
    expect(new Set(merchants.map((m) => m.slug)).size).toBe(10_000);
    const domains = merchants.flatMap((m) => m.domains.map((d) => d.domain));
    expect(new Set(domains).size).toBe(domains.length);
    expect(merchants.filter((m) => m.status === 'live').length).toBeGreaterThan(9000);
    const programs = merchants.flatMap((m) => m.programs.map((p) => `${p.networkCode}/${p.advertiserId}`));
    expect(new Set(programs).size).toBe(programs.length);
  });
});
