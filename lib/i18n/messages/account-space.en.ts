import type { Messages } from '../types';

export const accountSpaceEn: Messages['accountSpace'] = {
  nav: { label: 'My account' },
};
