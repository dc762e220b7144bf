import type { Messages } from '../types';

// English: the terms of use, /terms. A translation of terms.fr.ts (the source
// of truth, which prevails); exactly the same keys.

export const termsEn: Messages['terms'] = {
  metaTitle: 'Terms of use',
  metaDescription:
    'The rules of the Ristourne service: membership, how cashback works, statuses and validation times, claims, withdrawals, fraud, closing an account and disputes.',
  title: 'Terms of use',
  updatedOn: '1 January 2026',
  intro:
    'These terms set the rules between Ristourne and its members. We wrote them to be read: if anything is unclear, write to us before you sign up. The French version prevails.',
  demoNotice:
    'Demo text: Ristourne SAS, its details and the mediator named below are fictitious. This document binds no real company.',
  tocLabel: 'Contents',
  articleTitle: '{number}. {title}',
  purpose: {
    title: 'Purpose and acceptance',
    service:
      'Ristourne is a free cashback service published by Ristourne SAS (“Ristourne”, “we”), whose details are given in the legal notice. When you buy from a partner merchant after clicking a Ristourne link, that merchant pays us a commission, and we pass most of it on to you as cashback.',
    scope:
      'These terms of use (the “terms”) apply to every member. For purchases from a merchant, they are supplemented by that merchant’s own conditions (rates, exclusions, timings), shown on its store page.',
    acceptance:
      'You accept these terms by ticking the box provided when you create your account; we keep the date of your acceptance and the version you accepted. They can be read on this page at any time, and you can save or print them.',
    free: 'Signing up and using the service are free. You pay the merchant the same price as if you went to its site directly: cashback comes out of the commission the merchant pays us.',
    legalLink: 'See the legal notice',
  },
  definitions: {
    title: 'Definitions',
    member: {
      term: 'Member',
      meaning: 'Anyone who holds a Ristourne account.',
    },
    merchant: {
      term: 'Merchant',
      meaning:
        'A partner online shop listed on Ristourne, which sells its products or services in its own name and under its sole responsibility.',
    },
    network: {
      term: 'Affiliate network',
      meaning:
        'The intermediary (for example Awin, CJ or Rakuten) that tracks sales on the merchant’s behalf and pays us its commission.',
    },
    cashback: {
      term: 'Cashback',
      meaning:
        'The share of the merchant’s commission that Ristourne passes on to the member for a tracked purchase.',
    },
    balance: {
      term: 'Available balance',
      meaning:
        'Validated cashback not yet withdrawn, which you can withdraw, donate to a charity or turn into a gift card.',
    },
  },
  membership: {
    title: 'Membership and account',
    eligibility:
      'The service is open to individuals aged 18 or over with full legal capacity, buying for their own personal needs. Purchases made on behalf of a business or for resale do not earn cashback.',
    oneAccount:
      'Each person may hold only one account. Within one household, each adult may have their own account, provided it really is theirs (their own email address, their own payout details); a given purchase earns cashback on one account only.',
    accuracy:
      'You agree to give accurate information and keep it up to date. Your email address must be verified: it is how we keep you informed about your account and how you confirm your withdrawals.',
    security:
      'Your sign-in details are strictly personal. Keep your password secret, do not reuse one from another site, and sign out of shared devices. Ristourne will never ask for your password, by email or by phone.',
    compromise:
      'If you think someone else is using your account, change your password, sign out unknown sessions from the “Security” area of your account and tell us straight away: we can block withdrawals while we check.',
  },
  cashback: {
    title: 'How cashback works',
    click:
      'To earn cashback, sign in, click “Activate cashback” on the store page, then complete your purchase with the merchant straight away, in the same browser. That click creates a random identifier which the merchant and its affiliate network send back to us with the sale: that is how we know the sale is yours.',
    trackingIntro:
      'Tracking relies on the cookies of the merchant and its affiliate network. It can fail, in particular if:',
    tracking: {
      adblock: 'an ad blocker or anti-tracking extension blocks the tracking link;',
      cookies:
        'you refuse the merchant’s cookies, or switch browser or device between the click and the purchase;',
      otherLink:
        'you then go through another site’s link (price comparison, another cashback site, a coupon site): the merchant usually credits the sale to the last link clicked;',
      coupon: 'you use a promo code that is not offered on Ristourne.',
    },
    trackingClaim:
      'If a purchase is still not tracked, you can file a claim (see “Claims for missing cashback”).',
    conditions:
      'Each merchant sets its own conditions: excluded products or categories (for example gift cards or delivery charges), allowed promo codes, offers for new customers only, validation time. They are shown on the store page: read them before you buy. A purchase that does not meet them does not earn cashback.',
    rate: 'The rate that applies is the one shown on the store page when you click, including any boost running at the time. We record it with the click: a later decrease does not apply to your purchase. Rates may change at any time for later clicks.',
    base: 'Percentage cashback is calculated on the amount the merchant uses for its commission, usually excluding taxes and delivery charges and after discounts and vouchers. If the merchant changes that amount (partial return, goodwill discount), the cashback is adjusted in proportion: the amount shown when the purchase is recorded is indicative until it is validated.',
  },
  statuses: {
    title: 'Statuses and timings',
    intro: 'Each tracked purchase appears in your account with its history. It goes through these statuses:',
    pending: {
      term: 'Pending',
      meaning:
        'The merchant has reported your purchase (the “Tracked”, “Pending” then “Confirmed” steps in your account). The amount cannot be withdrawn yet: the merchant must make sure the order is neither cancelled nor returned, then pay its commission.',
    },
    validated: {
      term: 'Validated',
      meaning:
        'The merchant has finally accepted the sale and its commission has been paid to us: the cashback joins your available balance (“Payable” in your account).',
    },
    declined: {
      term: 'Cancelled',
      meaning:
        'The merchant or its affiliate network declined the sale; the reason is shown in your account.',
    },
    paid: {
      term: 'Paid',
      meaning: 'You have withdrawn this cashback, donated it to a charity or turned it into a gift card.',
    },
    delays:
      'Validation depends on the merchant and its affiliate network, not on Ristourne: it usually takes 30 to 90 days after the purchase. For travel, hotels and rentals, it only happens after the end of the stay. Each store page shows that store’s average validation time, as a guide; we chase the network when a delay becomes unusual.',
    declinedIntro: 'Cashback may be cancelled, in whole or in part, in particular in the event of:',
    declinedReasons: {
      returned: 'a return or exchange of the products, or use of your right of withdrawal;',
      cancelled: 'cancellation or non-payment of the order;',
      conditions:
        'a purchase that does not meet the merchant’s conditions (excluded product, unauthorised promo code, offer for new customers when you were already a customer);',
      fraud: 'fraud or abuse (see “Fraud and abuse”).',
    },
    contest:
      'If a cancellation seems unjustified to you, write to us: we ask the affiliate network for an explanation and pass its answer on to you.',
    acquired:
      'Validated cashback is yours: we do not take it back if the merchant or its network later changes its decision, except in the event of fraud or an obvious clerical error (for example an amount unrelated to your order), which we will tell you about.',
  },
  claims: {
    title: 'Claims for missing cashback',
    when: 'A purchase usually appears in your account within 48 hours, sometimes up to 7 days. If it still does not appear, or if the recorded amount is wrong, file a claim from your account no later than 90 days after the date of purchase.',
    proofIntro:
      'The claim must concern a purchase made right after a click from your Ristourne account, and state:',
    proof: {
      order: 'the order number and date;',
      amount: 'the amount paid;',
      document:
        'a proof of purchase: the merchant’s confirmation email or invoice (you may hide anything unrelated to the order).',
    },
    process:
      'We check your click, then pass the claim on to the merchant or its affiliate network; we may ask you for more information. You can follow its progress in your account. The decision rests with the merchant and may take several weeks, or even a few months.',
    outcome:
      'An accepted claim creates pending cashback, which then follows the usual path. If it is rejected, we tell you the reason given by the merchant.',
  },
  withdrawals: {
    title: 'Withdrawals, donations and gift cards',
    intro: 'Only the available balance can be used. From your account, you can:',
    methods: {
      transfer: 'receive it by SEPA transfer to your bank account, from €10;',
      paypal: 'receive it in your PayPal account, from €10;',
      donation: 'donate it to one of our partner charities, from €1;',
      giftCard:
        'turn it into a gift card, when this option is offered, at the values and on the conditions shown in your account.',
    },
    fees: 'Ristourne charges no fees on withdrawals, donations or gift cards. Only any fees of your bank or of PayPal may apply, under your own agreement with them.',
    securityIntro: 'To protect your money:',
    security: {
      verifiedEmail: 'your email address must be verified before any withdrawal;',
      confirmation:
        'each request must be confirmed by clicking the link we send you by email; without that confirmation, it is not processed;',
      hold: 'after you add or change your IBAN or PayPal address, no withdrawal is paid to those details for 72 hours, and we warn you by email: if you did not make the change, you have time to react;',
      ownAccount: 'the bank or PayPal account must be in your name;',
      review:
        'each request is checked by our team before payment. In case of serious doubt, we may ask you for proof of identity, which we keep only for as long as the check takes.',
    },
    timing:
      'Once a request is approved, the transfer or PayPal payment usually goes out within a few business days. You can cancel a request as long as it has not been approved. If the payment comes back to us (wrong IBAN, closed account), the amount is credited back to your available balance and we ask you to correct your details.',
    donationsAndCards:
      'Donations are paid by Ristourne to the chosen charity and cannot be cancelled once confirmed; unless the charity’s page says otherwise, they do not give you a tax receipt in your name. Gift cards are issued by their retailer, which sets their validity period and terms of use; once issued, they cannot be returned or exchanged.',
  },
  dormant: {
    title: 'Inactive accounts',
    definition:
      'An account is inactive when, for 24 consecutive months, its holder has not signed in, made any click to a merchant or requested any withdrawal.',
    notice:
      'Before anything happens, we warn you by email at least 60 days in advance, then again 30 days before. Signing in is enough to make the account active again.',
    effect:
      'If you do not respond, the account is deactivated: it no longer records new purchases. No fee is ever charged for inactivity and your money is not taken away: available cashback, and pending cashback once validated, is paid to you on simple written request, for the 5-year statutory limitation period.',
  },
  referral: {
    title: 'Referral',
    body: 'Ristourne may offer a referral programme. Its conditions (bonus amounts, how to earn them, duration of the offer) will be set out on the programme’s page when it launches and will supplement these terms.',
    fairUse:
      'A referred friend must be a real person, other than you, who signs up for their own use: referring yourself or fake accounts is fraud.',
  },
  fraud: {
    title: 'Fraud and abuse',
    intro: 'The following are prohibited in particular:',
    list: {
      multipleAccounts: 'opening or using several accounts, or someone else’s account;',
      selfReferral: 'referring yourself, directly or through another account;',
      fakeOrders: 'placing fake orders, or orders meant to be cancelled or returned, to generate cashback;',
      automation:
        'generating clicks automatically or tampering with tracking (scripts, altering links or cookies);',
      falseClaims: 'filing a claim backed by false or altered proof;',
      links:
        'spreading your Ristourne links (advertising, coupon sites, social networks) to earn cashback on other people’s purchases;',
      payment: 'using payment methods or bank details that are not yours.',
    },
    procedure:
      'In case of serious suspicion, we may suspend withdrawals from the account concerned as a precaution while we investigate. We tell you by email what is alleged and you have 15 days to reply and give your explanation.',
    sanctions:
      'If fraud or abuse is established, the cashback resulting from it is cancelled, even if it was available, and the account may be closed; we tell you so by email, with our reasons. Cashback legitimately earned and unrelated to the facts alleged remains due to you. Ristourne may report the facts to the competent authorities and seek compensation for its loss.',
  },
  liability: {
    title: 'Liability',
    notSeller:
      'Ristourne is not the seller. The contract of sale is between you and the merchant, which alone is responsible for its products, prices, delivery, after-sales service and legal guarantees (conformity, hidden defects). For any question about an order, contact the merchant.',
    tracking:
      'Tracking depends on the merchant, its affiliate network and your browser: Ristourne therefore cannot guarantee that a purchase will be tracked or validated. We do undertake to pass on your claims and to pay you, under these terms, the cashback of every validated purchase.',
    offers:
      'Offers, rates and promo codes come from the merchants. We publish them with care; an obvious error (for example a rate unrelated to the merchant’s actual offer) is corrected as soon as we become aware of it and cannot be held against us.',
    availability:
      'We do our best to keep the site available, but it may be interrupted for maintenance or in the event of an incident. An interruption does not affect cashback already tracked.',
    consumerRights:
      'Ristourne is liable for direct damage caused by a failure to meet its own obligations. Nothing in these terms limits the rights you have under the French Consumer Code, or our liability where the law forbids limiting it.',
  },
  personalData: {
    title: 'Personal data',
    body: 'Ristourne processes your personal data to run your account, track your purchases, pay your cashback and prevent fraud, in accordance with the GDPR. Merchants and affiliate networks only receive a random click identifier, never your name or email address. The data processed, how long it is kept and your rights are described in our privacy policy.',
    privacyLink: 'Read the privacy policy',
  },
  changes: {
    title: 'Changes to these terms',
    notice:
      'We may change these terms, for example for a new feature or a change in the law. We notify you of any change by email at least 30 days before it takes effect, with a summary of what changes; the date of the last update is shown at the top of this page.',
    refusal:
      'If you do not accept the new terms, you can close your account free of charge before they take effect (see “Closing your account”). If you keep using the service after that date, they apply to you.',
    limits:
      'A change required by law or by an authority may apply sooner if it so requires. New terms are never retroactive: a purchase already tracked keeps the rate and rules in force at the time of the click. A change of rate on a store page is not a change to these terms.',
  },
  termination: {
    title: 'Closing your account',
    member:
      'You can delete your account at any time, free of charge and without giving a reason, from the “My data” area of your account. Deletion is immediate and final.',
    accountLink: 'Go to “My data”',
    balance:
      'Before deleting your account, withdraw your available balance if it reaches the withdrawal minimum, or donate it from €1. Cashback not withdrawn at the time of deletion, whether available or pending, can no longer be paid to you: we then have no way left to identify or pay you. The deletion page reminds you of this before you confirm.',
    pending:
      'If some cashback is still pending, you can instead ask us in writing to close your account: we close it once that cashback is validated or cancelled, after paying you your available balance, even below the withdrawal minimum.',
    byUs: 'Apart from inactive accounts, Ristourne may close an account only for a serious breach of these terms, after telling you and letting you give your explanation, as set out under “Fraud and abuse”. If Ristourne ceases trading, we warn you by email at least 60 days in advance and pay you all cashback validated by then, with no withdrawal minimum.',
  },
  disputes: {
    title: 'Governing law and disputes',
    law: 'These terms are governed by French law. If you live in another European Union country, you keep the protection of the mandatory provisions of the law of your country of residence.',
    complaint:
      'If you disagree with us, first send a written complaint to our member service (see “Contact”): we reply within 30 days at most.',
    mediation:
      'If our answer does not satisfy you, or if we have not answered within that time, you can refer the matter free of charge to the consumer mediator we belong to, no later than one year after your written complaint: Médiateur Exemple de la consommation (fictitious body), 1 rue de la Médiation, 75009 Paris, mediateur.example. Mediation is optional.',
    courts:
      'Failing an amicable settlement, the dispute falls within the jurisdiction of the competent French courts. As a consumer, you may bring proceedings, at your choice, before one of the courts with territorial jurisdiction under the Code of Civil Procedure, or the court for the place where you lived when the contract was concluded or when the harmful event occurred (article R631-3 of the French Consumer Code).',
  },
  contact: {
    title: 'Contact',
    intro: 'For any question about these terms or your cashback, you can write to us.',
    email: 'By email:',
    post: 'By post: Ristourne SAS, Member service, 12 rue de la Ristourne, 75011 Paris, France.',
    claims:
      'For a missing purchase, preferably use the claim form in your account: it sends us the right information directly.',
  },
};
