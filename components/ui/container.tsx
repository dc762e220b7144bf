import type { HTMLAttributes } from 'react';
import { classNames } from './class-names';

export type ContainerProps = HTMLAttributes<HTMLElement> & {
  as?: 'div' | 'section' | 'header' | 'footer' | 'nav';
  size?: 'narrow' | 'default' | 'wide';
};

const sizes = { narrow: 'max-w-3xl', default: 'max-w-6xl', wide: 'max-w-7xl' } as const;

/** Centres content with the site's page gutters. */
export function Container({ as: Tag = 'div', size = 'default', className, ...props }: ContainerProps) {
  return (
    <Tag className={classNames('mx-auto w-full px-4 sm:px-6 lg:px-8', sizes[size], className)} {...props} />
  );
}
