import Link from 'next/link';
import { Container } from '@/components/ui/container';
import { getTranslator } from '@/lib/i18n/server';
import { LanguageSwitch } from './language-switch';
import { Logo } from './logo';

const linkClass = 'rounded text-sm text-slate-600 hover:text-brand-800 hover:underline';

export async function SiteFooter() {
  const { t } = await getTranslator();
  const year = new Date().getFullYear();

  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <Container size="wide" className="py-12">
        <div className="grid gap-10 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr]">
          <div className="max-w-sm">
            <Logo />
            <p className="mt-4 text-sm text-slate-600">{t('footer.tagline')}</p>
          </div>

          <nav aria-labelledby="footer-explore">
            <h2 id="footer-explore" className="text-sm font-semibold text-slate-950">
              {t('footer.explore')}
            </h2>
            <ul className="mt-3 space-y-2">
              <li>
                <Link href="/stores" className={linkClass}>
                  {t('nav.stores')}
                </Link>
              </li>
              <li>
                <Link href="/how-it-works" className={linkClass}>
                  {t('nav.howItWorks')}
                </Link>
              </li>
            </ul>
          </nav>

          <nav aria-labelledby="footer-about">
            <h2 id="footer-about" className="text-sm font-semibold text-slate-950">
              {t('footer.about')}
            </h2>
            <ul className="mt-3 space-y-2">
              <li>
                <Link href="/legal" className={linkClass}>
                  {t('footer.legal')}
                </Link>
              </li>
              <li>
                <Link href="/terms" className={linkClass}>
                  {t('footer.terms')}
                </Link>
              </li>
              <li>
                <Link href="/privacy" className={linkClass}>
                  {t('footer.privacy')}
                </Link>
              </li>
            </ul>
          </nav>

          <div>
            <h2 className="text-sm font-semibold text-slate-950">{t('footer.language')}</h2>
            <LanguageSwitch className="mt-3" />
          </div>
        </div>

        <div className="mt-10 border-t border-slate-200 pt-6 text-xs text-slate-600">
          <p>{t('footer.disclosure')}</p>
          <p className="mt-2">{t('footer.copyright', { year: String(year) })}</p>
        </div>
      </Container>
    </footer>
  );
}
