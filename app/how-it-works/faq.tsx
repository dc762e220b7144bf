import { ChevronDown } from 'lucide-react';
import type { ReactNode } from 'react';
import type { Translator } from '@/lib/i18n/translate';

// `<details>` needs no script and is keyboard-operable out of the box.
function Question({ question, children }: { question: string; children: ReactNode }) {
  return (
    <details className="group rounded-xl border border-slate-200 bg-white open:shadow-card">
      <summary className="flex items-center justify-between gap-4 rounded-xl px-5 py-4 font-semibold text-slate-950 marker:content-none hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
        <span>{question}</span>
        <ChevronDown
          aria-hidden="true"
          className="size-5 shrink-0 text-slate-500 transition-transform group-open:rotate-180"
        />
      </summary>
      <div className="space-y-3 px-5 pb-5 text-slate-700">{children}</div>
    </details>
  );
}

export function Faq({ t }: { t: Translator }) {
  return (
    <section aria-labelledby="faq-title" className="mt-16">
      <h2 id="faq-title" className="text-2xl font-bold">
        {t('howItWorks.faqTitle')}
      </h2>
      <div className="mt-6 space-y-3">
        <Question question={t('howItWorks.faq.what.question')}>
          <p>{t('howItWorks.faq.what.answer')}</p>
        </Question>
        <Question question={t('howItWorks.faq.tracking.question')}>
          <p>{t('howItWorks.faq.tracking.answer')}</p>
          <ul className="list-disc space-y-1 pl-5">
            <li>{t('howItWorks.faq.tracking.adblock')}</li>
            <li>{t('howItWorks.faq.tracking.cookies')}</li>
            <li>{t('howItWorks.faq.tracking.coupons')}</li>
          </ul>
          <p>{t('howItWorks.faq.tracking.tip')}</p>
        </Question>
        <Question question={t('howItWorks.faq.delays.question')}>
          <p>{t('howItWorks.faq.delays.answer')}</p>
          <p>{t('howItWorks.faq.delays.travel')}</p>
        </Question>
        <Question question={t('howItWorks.faq.withdrawals.question')}>
          <p>{t('howItWorks.faq.withdrawals.answer')}</p>
          <p>{t('howItWorks.faq.withdrawals.note')}</p>
        </Question>
        <Question question={t('howItWorks.faq.claims.question')}>
          <p>{t('howItWorks.faq.claims.answer')}</p>
        </Question>
        <Question question={t('howItWorks.faq.fees.question')}>
          <p>{t('howItWorks.faq.fees.answer')}</p>
        </Question>
      </div>
    </section>
  );
}
