// French messages of the member's account space (/account and its sub-pages).

export const accountSpaceFr = {
  nav: { label: 'Mon compte' },
};
