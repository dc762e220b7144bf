import { Card } from '@/components/ui/card';
import type { Translator } from '@/lib/i18n/translate';

/** What the fake shop got from the network: the click id verbatim (it is the point of the page) and the product page. */
export function ShopReceived({
  clickRef,
  product,
  t,
}: {
  clickRef: string | null;
  product: string | null;
  t: Translator;
}) {
  return (
    <Card as="section" aria-labelledby="sandbox-received-title" className="flex flex-col gap-3">
      <h2 id="sandbox-received-title" className="text-lg font-bold">
        {t('sandbox.shop.received')}
      </h2>
      <dl className="flex flex-col gap-3">
        <div>
          <dt className="text-sm text-slate-500">{t('sandbox.shop.clickRef')}</dt>
          <dd data-testid="sandbox-click-ref" className="font-mono text-base font-semibold break-all">
            {clickRef ?? t('sandbox.shop.clickRefNone')}
          </dd>
          {clickRef === null ? (
            <dd className="text-sm text-slate-600">{t('sandbox.shop.clickRefNoneHint')}</dd>
          ) : null}
        </div>
        <div>
          <dt className="text-sm text-slate-500">{t('sandbox.shop.product')}</dt>
          {/* Text, not a link: the demo shop's domains are not real sites. */}
          <dd data-testid="sandbox-product" className="break-all">
            {product ?? t('sandbox.shop.productNone')}
          </dd>
        </div>
      </dl>
    </Card>
  );
}
