import { classNames } from '@/components/ui/class-names';

type Props = {
  name: string;
  logoUrl: string | null;
  brandColor: string;
  size?: 'md' | 'lg';
  className?: string;
};

const sizes = { md: 'size-12 text-lg', lg: 'size-20 text-3xl' } as const;

function monogram(name: string): string {
  const words = name
    .replace(/[&'’-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return ((words[0]?.[0] ?? '') + (words[1]?.[0] ?? '')).toUpperCase();
}

/** The merchant's logo, or a monogram on its brand colour when it has none. */
export function MerchantLogo({ name, logoUrl, brandColor, size = 'md', className }: Props) {
  const box = classNames('shrink-0 rounded-xl', sizes[size], className);
  if (logoUrl) {
    // biome-ignore lint/performance/noImgElement: logos come from many hosts; next/image would need each one configured.
    return <img src={logoUrl} alt={name} className={classNames(box, 'bg-white object-contain')} />;
  }
  return (
    <span
      role="img"
      aria-label={name}
      className={classNames(box, 'inline-flex items-center justify-center font-display font-bold text-white')}
      style={{ backgroundColor: brandColor }}
    >
      <span aria-hidden="true">{monogram(name)}</span>
    </span>
  );
}
