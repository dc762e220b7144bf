import { describe, expect, it } from 'vitest';
import { parseCharityForm } from './charity-form';
import { parseGiftCardBrandForm } from './gift-card-brand-form';

// The shared name and slug fields, through both forms that use them.

const forms = [
  {
    label: 'charity',
    prefix: 'payoutOptions.charities.errors',
    parse: (change: Record<string, string>) =>
      parseCharityForm({ descriptionFr: 'Fr', descriptionEn: 'En', websiteUrl: '', slug: '', ...change }),
  },
  {
    label: 'gift card brand',
    prefix: 'payoutOptions.giftCards.errors',
    parse: (change: Record<string, string>) =>
      parseGiftCardBrandForm({ currency: 'EUR', slug: '', ...change }),
  },
];

function fieldErrors(run: () => unknown): Record<string, string[]> | undefined {
  try {
    run();
  } catch (error) {
    return (error as { fields?: Record<string, string[]> }).fields;
  }
  return undefined;
}

describe.each(forms)('the $label form', ({ parse, prefix }) => {
  it.each([
    [
      'folds the spaces of the name and derives the slug',
      { name: '  Forêts   vivantes ' },
      'Forêts vivantes',
      'forets-vivantes',
    ],
    ['keeps a typed slug', { name: 'Cœur', slug: ' coeur-solidaire ' }, 'Cœur', 'coeur-solidaire'],
  ])('%s', (_label, change, name, slug) => {
    expect(parse(change)).toMatchObject({ name, slug });
  });

  it.each([
    ['no name', { name: '   ' }, 'name', 'nameRequired'],
    ['a name of 121 characters', { name: 'a'.repeat(121) }, 'name', 'nameTooLong'],
    ['an upper-case slug', { name: 'Nom', slug: 'Nom' }, 'slug', 'slugInvalid'],
    ['nothing to derive a slug from', { name: '★★★' }, 'slug', 'slugInvalid'],
  ])('refuses %s', (_label, change, field, message) => {
    expect(fieldErrors(() => parse(change))?.[field]).toEqual([`${prefix}.${message}`]);
  });
});
