// French messages of the back office (/admin).

export const adminFr = {
  nav: { label: 'Back-office' },
};
