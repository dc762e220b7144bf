// Destinations every tracking-link builder must carry intact: the awkward
// characters a product URL really contains (spaces, accents, "&", "#", "?",
// already-encoded values, quotes). Each builder must hand the network back
// exactly `new URL(deepLink).href`, i.e. encoded once, never twice.

export const CLICK_ID = '01jq8m3v7rk2x9w4t6y0b5n8hc';
export const OTHER_CLICK_ID = '01jq8m3v7rzzzzzzzzzzzzzzzz';

export const DEEP_LINKS: readonly (readonly [label: string, deepLink: string])[] = [
  ['a plain product page', 'https://www.maison-lavande.fr/savon-lavande'],
  ['spaces in path and query', 'https://www.maison-lavande.fr/savon de marseille?q=huile d olive'],
  ['é in path and query', 'https://www.maison-lavande.fr/été/crème-brûlée?parfum=lavandé'],
  ['& and = inside the query', 'https://www.maison-lavande.fr/p?a=1&b=2&c=x=y'],
  ['a fragment', 'https://www.maison-lavande.fr/p?a=1#avis-clients'],
  ['question marks', 'https://www.maison-lavande.fr/p?q=pourquoi?&r=?'],
  [
    'an already percent-encoded URL inside the query',
    'https://www.maison-lavande.fr/p?next=https%3A%2F%2Fwww.maison-lavande.fr%2Fpanier%3Fa%3D1&x=%C3%A9',
  ],
  ['a literal %25 and a +', 'https://www.maison-lavande.fr/soldes?remise=50%25&tri=prix+asc'],
  ['a latin-1 escape that is not UTF-8', 'https://www.maison-lavande.fr/p?x=%E9'],
  ['quotes and sub-delimiters', "https://www.maison-lavande.fr/l'été/(2)!*?x='y'&z=a,b;c"],
  ['an IDN host', 'https://boutique.café-lavande.fr/thé?x=1'],
  ['http and a subdomain', 'http://boutique.maison-lavande.fr/'],
  ['a hash route with a query-looking tail', 'https://www.maison-lavande.fr/#/produit?id=3&x=y'],
  ['an encoded CRLF stays encoded', 'https://www.maison-lavande.fr/p%0D%0Aset-cookie:x'],
];
