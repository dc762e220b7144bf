import { describe, expect, it } from 'vitest';
import { matchBotUserAgent } from './bot-user-agents';
import { clickFilter, type SkipReason } from './click-filter';
import { BOT_USER_AGENTS, BROWSER_USER_AGENTS } from './testing/user-agents';

const chrome =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

// A browser's top-level navigation, as Chrome sends it on a click.
const navigation = {
  'user-agent': chrome,
  'sec-fetch-dest': 'document',
  'sec-fetch-mode': 'navigate',
  'sec-fetch-site': 'same-origin',
  'sec-fetch-user': '?1',
};

function request(headers: Record<string, string>, method = 'GET') {
  return { method, headers: new Headers(headers) };
}

describe('clickFilter records', () => {
  it.each(BROWSER_USER_AGENTS)('a click from %s', (_label, ua) => {
    expect(clickFilter(request({ ...navigation, 'user-agent': ua }))).toEqual({ action: 'record' });
  });

  it.each<[string, string, Record<string, string>]>([
    ['a browser without Fetch Metadata (Safari before 16.4)', 'GET', { 'user-agent': chrome }],
    ['a lower-case method', 'get', navigation],
    ['an unrelated Purpose header', 'GET', { ...navigation, purpose: 'checkout' }],
    ['an empty Sec-Fetch-Dest', 'GET', { ...navigation, 'sec-fetch-dest': '' }],
    ['Sec-Fetch-Dest in upper case', 'GET', { ...navigation, 'sec-fetch-dest': 'Document' }],
  ])('%s', (_label, method, headers) => {
    expect(clickFilter(request(headers, method))).toEqual({ action: 'record' });
  });
});

describe('clickFilter skips', () => {
  it.each<[string, string, Record<string, string>, SkipReason]>([
    ['HEAD', 'HEAD', navigation, 'head'],
    ['head in lower case', 'head', navigation, 'head'],
    ['POST', 'POST', navigation, 'method'],
    ['OPTIONS', 'OPTIONS', navigation, 'method'],
    ['Chrome prefetch', 'GET', { ...navigation, 'sec-purpose': 'prefetch' }, 'prefetch'],
    ['Chrome prerender', 'GET', { ...navigation, 'sec-purpose': 'prefetch;prerender' }, 'prefetch'],
    [
      'Chrome private prefetch',
      'GET',
      { ...navigation, 'sec-purpose': 'prefetch;anonymous-client-ip' },
      'prefetch',
    ],
    [
      'Sec-Purpose with spaces and case',
      'GET',
      { ...navigation, 'sec-purpose': ' Prefetch ; prerender' },
      'prefetch',
    ],
    ['the older Purpose header', 'GET', { ...navigation, purpose: 'prefetch' }, 'prefetch'],
    ['Safari top-sites preview', 'GET', { ...navigation, 'x-purpose': 'preview' }, 'prefetch'],
    ['Firefox prefetch', 'GET', { ...navigation, 'x-moz': 'prefetch' }, 'prefetch'],
    ['Next router prefetch', 'GET', { ...navigation, 'next-router-prefetch': '1' }, 'prefetch'],
    ['Next segment prefetch', 'GET', { ...navigation, 'next-router-segment-prefetch': '/_tree' }, 'prefetch'],
    [
      'an <img> pointing at /out',
      'GET',
      { ...navigation, 'sec-fetch-dest': 'image', 'sec-fetch-mode': 'no-cors' },
      'not_navigation',
    ],
    ['an <iframe>', 'GET', { ...navigation, 'sec-fetch-dest': 'iframe' }, 'not_navigation'],
    [
      'fetch()',
      'GET',
      { ...navigation, 'sec-fetch-dest': 'empty', 'sec-fetch-mode': 'cors' },
      'not_navigation',
    ],
    ['a <script>', 'GET', { ...navigation, 'sec-fetch-dest': 'script' }, 'not_navigation'],
    [
      'a Next RSC request without Fetch Metadata',
      'GET',
      { 'user-agent': chrome, rsc: '1' },
      'not_navigation',
    ],
    ['no user agent', 'GET', { 'sec-fetch-dest': 'document' }, 'no_user_agent'],
    ['a blank user agent', 'GET', { ...navigation, 'user-agent': '  ' }, 'no_user_agent'],
  ])('%s', (_label, method, headers, reason) => {
    expect(clickFilter(request(headers, method))).toEqual({ action: 'skip', reason });
  });

  it.each(BOT_USER_AGENTS)('%s', (_label, ua) => {
    expect(clickFilter(request({ ...navigation, 'user-agent': ua }))).toEqual({
      action: 'skip',
      reason: 'bot',
    });
  });

  it('checks the method before anything else', () => {
    expect(clickFilter(request({ 'sec-purpose': 'prefetch', 'user-agent': 'curl/8.5.0' }, 'HEAD'))).toEqual({
      action: 'skip',
      reason: 'head',
    });
  });
});

describe('matchBotUserAgent', () => {
  it.each([
    ['Googlebot', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'Googlebot'],
    ['Slackbot', 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)', 'Slackbot'],
    ['WhatsApp', 'WhatsApp/2.23.20.0 A', 'WhatsApp'],
    ['curl', 'curl/8.5.0', 'curl'],
    ['an unknown crawler', 'FooIndexer/3.1 (+https://foo.example/about)', 'crawler info link'],
  ])('names %s', (_label, ua, name) => {
    expect(matchBotUserAgent(ua)).toBe(name);
  });

  it.each(BROWSER_USER_AGENTS)('does not take %s for a bot', (_label, ua) => {
    expect(matchBotUserAgent(ua)).toBeNull();
  });
});
