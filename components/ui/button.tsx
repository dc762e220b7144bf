import Link from 'next/link';
import type { ComponentProps } from 'react';
import { classNames } from './class-names';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost';
export type ButtonSize = 'sm' | 'md' | 'lg';
export type ButtonStyle = { variant?: ButtonVariant; size?: ButtonSize; className?: string };

const base =
  'inline-flex items-center justify-center gap-2 rounded-full font-semibold whitespace-nowrap transition-colors ' +
  'disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60';

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-brand-700 text-white shadow-sm hover:bg-brand-800 active:bg-brand-900',
  secondary:
    'bg-white text-brand-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-brand-50 hover:ring-brand-300',
  ghost: 'text-slate-700 hover:bg-slate-100 hover:text-slate-950',
};

const sizes: Record<ButtonSize, string> = {
  sm: 'h-9 px-3.5 text-sm',
  md: 'h-11 px-5 text-sm',
  lg: 'h-12 px-6 text-base',
};

/** The classes of a button, for elements that must look like one. */
export function buttonClassName({ variant = 'primary', size = 'md', className }: ButtonStyle = {}): string {
  return classNames(base, variants[variant], sizes[size], className);
}

export type ButtonProps = ComponentProps<'button'> & ButtonStyle;

export function Button({ variant, size, className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={buttonClassName({ variant, size, className })} {...props} />;
}

export type LinkButtonProps = Omit<ComponentProps<'a'>, 'href'> &
  ButtonStyle & {
    href: string;
    /**
     * Render a plain `<a>`: no client-side navigation and, above all, no
     * prefetch. Defaults to true for absolute URLs and for `/out/` click-outs,
     * which a prefetch would otherwise record as clicks.
     */
    native?: boolean;
    prefetch?: boolean;
  };

/** A link that looks like a button. */
export function LinkButton({ href, variant, size, className, native, prefetch, ...props }: LinkButtonProps) {
  const classes = buttonClassName({ variant, size, className });
  const plain = native ?? (!href.startsWith('/') || href.startsWith('//') || href.startsWith('/out/'));
  if (plain) return <a href={href} className={classes} {...props} />;
  return <Link href={href} prefetch={prefetch} className={classes} {...props} />;
}
