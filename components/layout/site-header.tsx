import Link from 'next/link';
import { Container } from '@/components/ui/container';
import { getTranslator } from '@/lib/i18n/server';
import { AccountMenu } from './account-menu';
import { HeaderSearch } from './header-search';
import { LanguageSwitch } from './language-switch';
import { Logo } from './logo';
import { NavLink } from './nav-link';

/**
 * Wide screens: one row (logo, nav, search, language). Narrow screens: the
 * logo and language on the first row, then search, then the nav (wrapping
 * if it must), so nothing hides behind a script-driven menu.
 */
export async function SiteHeader() {
  const { t } = await getTranslator();
  const links = [
    { href: '/stores', match: '/stores', label: t('nav.stores') },
    { href: '/stores#categories', match: '/categories', label: t('nav.categories') },
    { href: '/how-it-works', match: '/how-it-works', label: t('nav.howItWorks') },
  ];

  return (
    <header className="border-b border-slate-200 bg-white/95 backdrop-blur supports-[backdrop-filter]:bg-white/85 lg:sticky lg:top-0 lg:z-40">
      <Container size="wide" className="flex flex-wrap items-center gap-x-4 gap-y-3 py-3 lg:gap-x-6">
        <Link href="/" aria-label={t('nav.homeLink')} className="order-1 shrink-0 rounded-lg">
          <Logo />
        </Link>

        <nav
          aria-label={t('nav.label')}
          className="order-4 -mx-2 w-[calc(100%+1rem)] lg:order-2 lg:mx-0 lg:w-auto"
        >
          <ul className="flex flex-wrap items-center gap-x-0.5 sm:gap-x-1">
            {links.map((link) => (
              <li key={link.href}>
                <NavLink href={link.href} match={link.match}>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>

        <HeaderSearch className="order-3 w-full sm:order-2 sm:w-auto sm:flex-1 lg:order-3 lg:ml-auto lg:max-w-xs" />

        <LanguageSwitch className="order-2 ml-auto sm:order-3 sm:ml-0 lg:order-4" />

        <AccountMenu className="order-2 sm:order-4 lg:order-5" />
      </Container>
    </header>
  );
}
