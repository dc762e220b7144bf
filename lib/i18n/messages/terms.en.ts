import type { Messages } from '../types';

export const termsEn: Messages['terms'] = {
  metaTitle: 'Terms of use',
};
