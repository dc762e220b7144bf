import { classNames } from '@/components/ui/class-names';

export type LogoProps = {
  className?: string;
  /** Show the "Ristourne" wordmark beside the mark. */
  withWordmark?: boolean;
};

/**
 * The Ristourne mark (a coin coming back to you) and wordmark. The SVG carries
 * the accessible name; the visible wordmark is hidden from assistive tech so
 * the name is not read twice.
 */
export function Logo({ className, withWordmark = true }: LogoProps) {
  return (
    <span className={classNames('inline-flex items-center gap-2', className)}>
      <svg
        role="img"
        aria-label="Ristourne"
        viewBox="0 0 32 32"
        width="32"
        height="32"
        className="size-8 shrink-0"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title>Ristourne</title>
        <rect width="32" height="32" rx="9" className="fill-brand-700" />
        <path d="M16 8a8 8 0 1 0 8 8" fill="none" stroke="#fff" strokeWidth="2.75" strokeLinecap="round" />
        <path
          d="M20.25 11.75 24 8l3.75 3.75M24 8.5V16"
          fill="none"
          stroke="#fff"
          strokeWidth="2.75"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
        <circle cx="16" cy="16" r="3.25" className="fill-accent-400" />
      </svg>
      {withWordmark ? (
        <span aria-hidden="true" className="font-display text-xl font-bold tracking-tight text-brand-950">
          Ristourne
        </span>
      ) : null}
    </span>
  );
}
