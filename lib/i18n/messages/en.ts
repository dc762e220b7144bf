import type { Messages } from '../types';
import { accountSpaceEn } from './account-space.en';
import { adminEn } from './admin.en';
import { calculatorEn } from './calculator.en';
import { clickOutEn } from './click-out.en';
import { ledgerEn } from './ledger.en';
import { payoutOptionsEn } from './payout-options.en';
import { payoutsEn } from './payouts.en';
import { payoutsAdminEn } from './payouts-admin.en';
import { sandboxEn } from './sandbox.en';
import { termsEn } from './terms.en';
import { withdrawalsEn } from './withdrawals.en';

// English: typed as `Messages`, so a key missing here (or extra) is a type error.

export const en: Messages = {
  meta: {
    siteName: 'Ristourne',
    title: 'Ristourne · Cashback on your online shopping',
    description:
      'Ristourne gives you back part of every purchase made at hundreds of partner merchants. Free, no strings attached, paid out by bank transfer or PayPal.',
  },
  common: {
    skipToContent: 'Skip to content',
    home: 'Home',
    backHome: 'Back to home',
    browseStores: 'Browse stores',
    learnMore: 'Learn more',
    loading: 'Loading…',
    close: 'Close',
    seeAll: 'See all',
    new: 'New',
    free: 'Free',
    lastUpdated: 'Last updated: {date}',
  },
  nav: {
    label: 'Main navigation',
    homeLink: 'Ristourne, home',
    stores: 'Stores',
    categories: 'Categories',
    howItWorks: 'How it works',
  },
  search: {
    label: 'Search for a store',
    placeholder: 'Search for a store…',
    submit: 'Search',
  },
  language: {
    label: 'Language',
    fr: 'Français',
    en: 'English',
    current: '{language} (current language)',
  },
  footer: {
    label: 'Footer',
    tagline: 'Simple, transparent cashback: merchants pay us, we give you back most of it.',
    explore: 'Explore',
    about: 'Ristourne',
    legal: 'Legal notice',
    terms: 'Terms of use',
    privacy: 'Privacy',
    language: 'Language',
    disclosure:
      'Ristourne earns a commission from partner merchants when you shop through our links; most of it is paid back to you as cashback.',
    copyright: '© {year} Ristourne SAS. All rights reserved.',
  },
  notFound: {
    metaTitle: 'Page not found',
    code: 'Error 404',
    title: 'This page has gone missing',
    body: 'The page you are looking for does not exist or has moved. Your cashback, however, is still here.',
    home: 'Back to home',
    stores: 'Browse stores',
  },
  howItWorks: {
    metaTitle: 'How it works',
    metaDescription:
      'Click, shop, get paid: how Ristourne gives you cashback, validation delays, withdrawals and claims.',
    eyebrow: 'Cashback, made simple',
    title: 'How it works',
    intro:
      'Merchants pay Ristourne when we send them a customer. We give you back most of that commission: that is your cashback.',
    stepsTitle: 'Three steps, nothing more',
    stepLabel: 'Step {number}',
    steps: {
      click: {
        title: 'Click through Ristourne',
        body: 'Pick a store and click “Activate cashback”. We send you to the merchant with a tracked link.',
      },
      shop: {
        title: 'Shop as usual',
        body: 'Shop normally, in the same tab. The price is exactly the same: your cashback comes out of our commission.',
      },
      earn: {
        title: 'Get your cashback',
        body: 'Your purchase shows up in your account, then gets confirmed. Withdraw by PayPal or bank transfer, or donate it to a charity.',
      },
    },
    statusesTitle: 'The life of your cashback',
    statusesIntro:
      'Every purchase goes through these stages, which you can follow in your account at any time.',
    statuses: {
      tracked: { title: 'Tracked', body: 'The merchant has reported your purchase.' },
      pending: {
        title: 'Pending',
        body: 'The merchant is waiting for the cancellation or return period to end.',
      },
      confirmed: { title: 'Confirmed', body: 'The merchant has approved the order.' },
      payable: {
        title: 'Payable',
        body: 'The merchant has paid: the amount joins your withdrawable balance.',
      },
      paid: { title: 'Paid', body: 'You have withdrawn or donated this cashback.' },
    },
    faqTitle: 'Frequently asked questions',
    faq: {
      what: {
        question: 'How does cashback work?',
        answer:
          'Merchants pay a commission to websites that bring them customers. When you go through Ristourne before you buy, that commission comes to us and we pass most of it on to you. The rate shown on the store page when you click is the rate that applies to your purchase.',
      },
      tracking: {
        question: 'Why was my purchase not tracked?',
        answer: 'Tracking relies on the link you clicked. It can fail in a few cases:',
        adblock: 'an ad blocker or anti-tracking extension blocked the tracking link;',
        cookies:
          'cookies were refused on the merchant’s site, or you switched browser or device between the click and the purchase;',
        coupons:
          'you used a coupon code that is not listed on Ristourne: the merchant may then credit the sale to another website;',
        tip: 'To give yourself the best chance, turn off your blocker, accept the merchant’s cookies and complete your purchase right after clicking. If a purchase is still missing, file a claim.',
      },
      delays: {
        question: 'How long until I receive my cashback?',
        answer:
          'A purchase goes through tracked, pending, confirmed, payable and then paid. The merchant first has to make sure the order is neither cancelled nor returned: this usually takes 30 to 90 days depending on the merchant.',
        travel:
          'For travel, hotels and rentals, validation only happens after your stay. Each store’s average delay is shown on its page.',
      },
      withdrawals: {
        question: 'How do I withdraw my cashback?',
        answer:
          'As soon as your available balance reaches €10, you can request a SEPA bank transfer or a PayPal payment from your account. You can also donate it to a partner charity, from €1.',
        note: 'Each request is checked before payment; the transfer then arrives within a few business days.',
      },
      claims: {
        question: 'A purchase is missing: what can I do?',
        answer:
          'File a claim from your account within 90 days of the purchase, with the order number and amount. We pass it on to the merchant and you can follow its progress in your account.',
      },
      fees: {
        question: 'Does it cost anything?',
        answer:
          'No. Signing up, earning cashback and withdrawing are free. Ristourne keeps a small part of the commission paid by the merchant; you pay the same price as going straight to their site.',
      },
    },
    ctaTitle: 'Ready to get some of your money back?',
    ctaBody: 'Find your store and activate cashback before your next purchase.',
    ctaButton: 'Browse stores',
  },
  legal: {
    metaTitle: 'Legal notice',
    metaDescription: 'Publisher, publication director and host of the Ristourne website.',
    title: 'Legal notice',
    updatedOn: '1 January 2026',
    publisherTitle: 'Publisher',
    publisherIntro: 'The Ristourne website is published by:',
    fields: {
      name: 'Company name',
      form: 'Legal form',
      capital: 'Share capital',
      registration: 'Registration',
      vat: 'EU VAT number',
      address: 'Registered office',
      email: 'Email',
      phone: 'Phone',
    },
    publisher: {
      name: 'Ristourne SAS',
      form: 'Simplified joint-stock company (SAS)',
      capital: '€10,000',
      registration: 'RCS Paris 000 000 000 (fictitious number)',
      vat: 'FR00 000000000 (fictitious number)',
      address: '12 rue de la Ristourne, 75011 Paris, France',
      email: 'contact@ristourne.example',
      phone: '+33 1 00 00 00 00',
    },
    directorTitle: 'Publication director',
    directorBody: 'Camille Martin, President of Ristourne SAS.',
    hostTitle: 'Host',
    hostBody: 'Exemple Hébergement SAS, 1 avenue du Nuage, 69000 Lyon, France. Phone: +33 4 00 00 00 00.',
    affiliationTitle: 'Affiliate links',
    affiliationBody:
      'Ristourne is paid by partner merchants, directly or through affiliate networks, when you buy after clicking our links. Most of that payment is passed on to you as cashback. Rates shown are indicative and may change; the rate that applies is the one shown when you click.',
    ipTitle: 'Intellectual property',
    ipBody:
      'The site’s content (text, logo, visual identity) belongs to Ristourne SAS. Merchants’ trademarks and logos belong to their respective owners and are only used to identify their offers.',
    contactTitle: 'Contact us',
    contactBody: 'For any question about the site, write to',
  },
  privacy: {
    metaTitle: 'Privacy',
    metaDescription: 'What data Ristourne processes, why, for how long, and how to exercise your rights.',
    title: 'Privacy policy',
    updatedOn: '1 January 2026',
    intro:
      'Ristourne SAS, 12 rue de la Ristourne, 75011 Paris, France, is the controller of the processing described here. We only collect what we need to track your purchases and pay your cashback, and we do not sell your data.',
    dataTitle: 'The data we process',
    data: {
      account: 'Your account: email address, name, password (hashed), preferred language.',
      activity:
        'Your cashback activity: clicks to merchants (date, store, offer), purchases reported by merchants (amount, status), claims.',
      payout:
        'Your payment details when you withdraw: IBAN or PayPal address, and the history of your withdrawals and donations.',
      technical: 'Technical data: IP address and connection logs, for security and fraud prevention.',
    },
    purposesTitle: 'Why we use it',
    purposes: {
      service:
        'To track your purchases, calculate and pay your cashback (performance of our contract when you sign up).',
      fraud: 'To prevent fraud and keep the service secure (legitimate interest).',
      legal: 'To keep our accounts and meet our legal obligations (legal obligation).',
      networks:
        'Merchants and affiliate networks only receive a random click identifier, never your name or email address.',
    },
    retentionTitle: 'How long we keep it',
    retention: {
      account: 'Account data: while your account is active, then 3 years after your last activity.',
      accounting: 'Accounting records (cashback paid, withdrawals): 10 years, as required by law.',
      logs: 'Technical logs: 12 months.',
    },
    rightsTitle: 'Your rights',
    rightsIntro: 'Under the GDPR, you can at any time:',
    rights: {
      access: 'access your data and get a copy of it;',
      rectification: 'have inaccurate data corrected;',
      erasure: 'ask for your data to be erased (subject to our accounting obligations);',
      portability: 'receive your data in a structured, machine-readable format;',
      objection: 'object to processing or ask for it to be restricted.',
    },
    rightsComplaint:
      'You can also lodge a complaint with the CNIL, the French data protection authority (cnil.fr), if you believe your rights are not respected.',
    contactTitle: 'Contact us',
    contactBody: 'To exercise your rights or ask a question, write to our data protection officer:',
    contactEmail: 'dpo@ristourne.example',
    cookiesTitle: 'Cookies',
    cookiesIntro:
      'Ristourne uses no advertising or analytics cookies. We only set functional cookies, which need no consent:',
    cookies: {
      locale: '“locale”: remembers the language you chose (French or English), for 1 year.',
      session:
        'session cookie: keeps you signed in to your account, and goes away when you sign out or it expires.',
    },
    cookiesMerchants:
      'When you click through to a merchant, the merchant and its affiliate network set their own tracking cookies, which are needed to credit your cashback; they fall under their own policies.',
  },
  catalog: {
    breadcrumbs: 'Breadcrumb',
    storeList: {
      title: 'All stores',
      metaTitle: 'Stores',
      metaDescription: 'All Ristourne partner stores and their cashback rates.',
      description: 'Activate cashback before you shop at our partner merchants.',
    },
    storeCount: { zero: 'No stores', one: '{count} store', other: '{count} stores' },
    offerCount: { zero: 'No offers', one: '{count} offer', other: '{count} offers' },
    couponCount: { zero: 'No coupon codes', one: '{count} coupon code', other: '{count} coupon codes' },
    filters: {
      title: 'Filters',
      category: 'Filter by category',
      allCategories: 'All categories',
      apply: 'Apply',
      reset: 'Reset filters',
    },
    sort: {
      label: 'Sort by',
      popular: 'Most popular',
      rate: 'Best cashback',
      newest: 'Newest',
      az: 'Alphabetical (A-Z)',
      relevance: 'Relevance',
    },
    search: {
      label: 'Search for a store',
      placeholder: 'Store name, e.g. Maison Lavande',
      submit: 'Search',
      resultsFor: 'Results for “{query}”',
      noResults: 'No store matches “{query}”.',
      noResultsHint: 'Check the spelling or browse the categories.',
      empty: 'No stores yet.',
      clear: 'Clear search',
      matchingCategories: 'Matching categories:',
    },
    pagination: {
      label: 'Pagination',
      previous: 'Previous',
      next: 'Next',
      previousLabel: 'Previous page',
      nextLabel: 'Next page',
      pageOf: 'Page {page} of {total}',
      goTo: 'Go to page {page}',
    },
    rate: {
      cashback: 'Cashback',
      upTo: 'Up to {value}',
      instead: 'instead of {value}',
      insteadLabel: 'Usual rate',
      scopes: {
        all: 'on all purchases',
        newCustomers: 'for new customers',
        existingCustomers: 'for existing customers',
        category: 'on the “{category}” category',
      },
      minBasket: 'from {amount} spent',
      validUntil: 'valid until {date}',
    },
    boost: {
      badge: 'Boost',
      title: 'Boosts and events',
      active: 'Now on',
      next: 'Next time: {date}',
      window: 'From {start} to {end}',
      untilShort: 'until {date}',
      happyHour: 'Happy hour every {weekday} {start}–{end}',
      until: 'Boost until {date}',
    },
    coupons: {
      title: 'Coupon codes',
      code: 'Code',
      copy: 'Copy',
      copied: 'Copied!',
      copyLabel: 'Copy code {code}',
      expires: 'Expires {date}',
      noCode: 'No code needed',
      exclusive: 'Exclusive',
      empty: 'No coupon codes right now.',
    },
    terms: {
      title: 'Terms',
      terms: 'Terms and conditions',
      exclusions: 'Exclusions',
      conditions: 'Special conditions',
      show: 'See the terms',
      exclusionsLine: 'Exclusions: {text}',
    },
    validation: {
      averageDelay: 'Average validation time',
      averageDelayLine: 'Average validation time: {days}',
      days: { one: '{count} day', other: '{count} days' },
    },
    activate: 'Activate cashback',
    activateHint: 'You will be taken to {store}.',
    signInToEarn: 'Sign in to earn cashback',
    store: {
      metaTitle: '{store} cashback',
      noRates: 'No cashback right now',
      categoriesLabel: 'Categories:',
      freeAndSafe: 'Free, no strings attached',
      about: 'About {store}',
      offers: 'Cashback offers',
      similar: 'Similar stores',
      visit: 'Go to {store}',
      notFound: 'This store does not exist or is no longer a partner.',
    },
    categories: {
      title: 'Categories',
      subcategories: 'Subcategories',
      storesIn: '{category} stores',
      metaDescription: 'Cashback at {category} stores.',
      empty: 'No stores in this category yet.',
    },
    home: {
      metaTitle: 'Cashback on your online shopping',
      heroTitle: 'Get money back on every purchase',
      heroSubtitle:
        'Go through Ristourne before you shop at over {count} merchants: we give you back most of our commission as cashback.',
      heroCta: 'Find a store',
      heroSecondary: 'How it works',
      featuredTitle: 'Featured stores',
      featuredDescription: 'Our members’ favourite merchants.',
      boostedTitle: 'Boosted offers',
      boostedDescription: 'Higher rates, for a limited time.',
      eventsTitle: 'Highlights',
      eventsNow: 'Happening now',
      eventsUpcoming: 'Coming up',
      eventEndsOn: 'Until {date}',
      eventStartsOn: 'From {date}',
      categoriesTitle: 'Browse by category',
      popularTitle: 'Most popular',
      seeAllStores: 'See all stores',
      stepsTitle: 'How it works',
      steps: {
        click: { title: '1. Click through Ristourne', body: 'Activate cashback on the store’s page.' },
        shop: { title: '2. Shop as usual', body: 'Same site, same price, same deals.' },
        earn: {
          title: '3. Get your cashback',
          body: 'Once the purchase is confirmed, withdraw it by PayPal or bank transfer, or donate it to a charity.',
        },
      },
    },
  },
  auth: {
    invalidInput: 'Check the highlighted fields.',
    email: {
      invalid: 'Enter a valid e-mail address.',
      tooLong: 'The e-mail address is too long (254 characters at most).',
      taken: 'This address already belongs to another account.',
      unchanged: 'This is already your account’s address.',
    },
    password: {
      required: 'Enter your password.',
      tooShort: 'The password must be at least 10 characters long.',
      tooLong: 'The password must be at most 200 characters long.',
      common: 'This password is too common or too simple: choose one that is harder to guess.',
      sameAsEmail: 'The password must not repeat your e-mail address.',
      mismatch: 'The two passwords do not match.',
      currentWrong: 'The current password is wrong.',
      noneSet: 'Your account has no password yet: choose one with “Forgot password”.',
    },
    name: {
      required: 'Enter your name.',
      tooLong: 'The name must be at most 100 characters long.',
    },
    locale: { invalid: 'Choose French or English.' },
    consent: {
      termsRequired: 'Accept the terms of use to create an account.',
      privacyRequired: 'Accept the privacy policy to create an account.',
    },
    referralCode: {
      invalid: 'This referral code is not valid (letters, digits and dashes, 32 characters at most).',
    },
    signIn: {
      required: 'Sign in to continue.',
      invalid: 'Wrong e-mail address or password.',
      rateLimited: 'Too many attempts. Try again in {minutes} min.',
    },
    token: {
      invalid: 'This link is not valid or has been replaced by a newer one. Ask for a new one.',
      used: 'This link has already been used. Ask for a new one if needed.',
      expired: 'This link has expired. Ask for a new one.',
    },
    session: { notFound: 'This session does not exist or is already closed.' },
    role: {
      forbidden: 'You do not have the rights for this action.',
      lastAdmin: 'Not possible: at least one administrator must remain.',
    },
    account: { notFound: 'This account does not exist.' },
  },
  authUi: {
    header: {
      signIn: 'Sign in',
      signUp: 'Sign up',
      account: 'My account',
      signOut: 'Sign out',
      signedInAs: 'Signed in as {name}',
    },
    fields: {
      email: 'E-mail address',
      password: 'Password',
      newPassword: 'New password',
      passwordHint: 'At least 10 characters. A phrase of several words is easier to remember.',
      passwordConfirmation: 'Confirm the password',
      name: 'Your name',
      locale: 'Preferred language',
      acceptTerms: 'I accept the terms of use.',
      acceptPrivacy: 'I have read the privacy policy and agree to the processing of my data.',
      readTerms: 'Read the terms of use',
      readPrivacy: 'Read the privacy policy',
      referralCode: 'Referral code (optional)',
      rememberMe: 'Keep me signed in for 30 days on this device',
    },
    signIn: {
      metaTitle: 'Sign in',
      title: 'Sign in',
      intro: 'Find your cashback and tracked purchases.',
      submit: 'Sign in',
      forgot: 'Forgot your password?',
      magicLink: 'Get a sign-in link by e-mail',
      noAccount: 'No account yet?',
      signUp: 'Create an account',
      failed: 'Signing in failed. Try again.',
      signedOut: 'You are signed out.',
    },
    demo: {
      title: 'Demo accounts',
      intro: 'This site is a demo: sign in with one of these accounts.',
      role: 'Role',
      roles: { member: 'Member', ops: 'Operations', admin: 'Administrator' },
    },
    signUp: {
      metaTitle: 'Sign up',
      title: 'Create an account',
      intro: 'Free, no strings attached: your cashback starts with your first purchase.',
      submit: 'Create my account',
      haveAccount: 'Already a member?',
      signIn: 'Sign in',
    },
    checkEmail: {
      metaTitle: 'Check your e-mail',
      title: 'Check your inbox',
      body: 'If this address can be used, an e-mail has just been sent to it. Open the link inside to continue.',
      hint: 'Nothing after a few minutes? Look in your spam folder.',
    },
    verify: {
      metaTitle: 'E-mail verification',
      successTitle: 'E-mail address verified',
      successBody: 'Thank you! Your address is confirmed.',
      failedTitle: 'Verification failed',
      continue: 'Continue',
      resend: 'Send a new verification link',
      resent: 'A new link has just been sent.',
      resendRefused: 'No link sent: your address is already verified, or too many links went out this hour.',
    },
    forgot: {
      metaTitle: 'Forgot password',
      title: 'Forgot your password',
      intro: 'Enter your address: we will send you a link to choose a new password.',
      submit: 'Send the link',
    },
    reset: {
      metaTitle: 'New password',
      title: 'Choose a new password',
      intro: 'All your other sessions will be signed out.',
      submit: 'Save the password',
      done: 'Your password has been changed. You can sign in.',
    },
    confirmEmail: {
      metaTitle: 'Confirm the new address',
      title: 'Confirm your new e-mail address',
      intro:
        'Your account will use this address to sign in and for e-mails from now on. The old address will get a notice.',
      submit: 'Confirm the new address',
      doneTitle: 'E-mail address changed',
      doneBody: 'Done: your account now uses your new address, already verified.',
    },
    magic: {
      metaTitle: 'Sign-in link',
      title: 'Sign in with an e-mail link',
      intro: 'Get a single-use link to sign in without a password.',
      submit: 'Send me the link',
      consumeTitle: 'Sign in by link',
      consumeSubmit: 'Sign me in',
      consumeIntro: 'Click to finish signing in on this device.',
    },
    account: {
      metaTitle: 'My account',
      title: 'My account',
      profile: 'Profile',
      name: 'Name',
      email: 'E-mail address',
      verified: 'Verified',
      notVerified: 'Not verified',
      notVerifiedHint: 'Verify your address to be able to withdraw your cashback.',
      language: 'Language',
      emailStatus: 'Address verification',
      role: 'Role',
    },
  },
  securityHelp: {
    metaTitle: 'Secure your account',
    title: 'A change you did not make?',
    intro:
      'Did you get a notice that your e-mail address or password changed, and it was not you? Here is what to do, in this order.',
    stepsTitle: 'What to do now',
    steps: {
      reset:
        'If you can still sign in, change your password right away: every other session will be signed out.',
      contact:
        'Otherwise, write to {email} from the address that got the notice: we lock the account while we check who you are and give it back to you.',
      payouts:
        'No withdrawal goes to payout details changed less than 72 hours ago without confirmation: your cashback is protected meanwhile.',
      devices:
        'Then check the list of signed-in devices on your “Security” page and sign out those you do not recognise.',
    },
    forgotLink: 'Choose a new password',
    contactLink: 'Write to {email}',
    contactEmail: 'security@ristourne.example',
  },
  mailbox: {
    metaTitle: 'Development mailbox',
    title: 'Development mailbox',
    intro:
      'No SMTP server is configured: e-mails are kept here instead of being sent. This page does not exist on a production site.',
    empty: 'No e-mails yet.',
    showing: { one: 'The latest e-mail', other: 'The latest {count} e-mails' },
    listLabel: 'Kept e-mails, newest first',
    back: 'All e-mails',
    emailMetaTitle: 'E-mail #{id}',
    fields: {
      to: 'To',
      subject: 'Subject',
      template: 'Template',
      locale: 'Language',
      createdAt: 'Created',
      status: 'Status',
    },
    status: {
      pending: 'Pending',
      sending: 'Sending',
      sent: 'Sent',
      failed: 'Failed',
      held: 'Held',
    },
    links: 'Links in the e-mail',
    noLinks: 'This e-mail contains no links.',
    html: 'HTML version',
    htmlFrameTitle: 'Isolated preview of the HTML version',
    text: 'Plain-text version',
  },
  accountSpace: accountSpaceEn,
  admin: adminEn,
  terms: termsEn,
  clickOut: clickOutEn,
  calculator: calculatorEn,
  sandbox: sandboxEn,
  ledger: ledgerEn,
  payouts: payoutsEn,
  payoutsAdmin: payoutsAdminEn,
  payoutOptions: payoutOptionsEn,
  withdrawals: withdrawalsEn,
};
