import type { Messages } from '../types';

export const adminEn: Messages['admin'] = {
  nav: { label: 'Back office' },
};
