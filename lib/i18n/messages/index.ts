import type { Locale } from '../config';
import type { Messages } from '../types';
import { en } from './en';
import { fr } from './fr';

export const messagesByLocale: Record<Locale, Messages> = { fr, en };
