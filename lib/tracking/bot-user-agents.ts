// User agents that never stand for a member's click, so /out records nothing
// for them (issue 4, "Not a click"). A maintained list beats a clever regex:
// each entry says who it is and why it lands on our click-outs. Matching is a
// case-insensitive substring (or the pattern given).
//
// Decisions:
// - Link-preview fetchers (Slack, WhatsApp, Facebook, X, LinkedIn, Discord,
//   Telegram…) are listed: a member sharing a store link in a chat must not
//   create a click, and the fetch would follow our 302 into the network.
// - Scripted HTTP clients (curl, wget, python-requests, Go, Java, Node's
//   fetch…) are listed: no member shops through them; they are monitors,
//   scrapers or someone forging clicks to claim later.
// - HeadlessChrome is NOT listed: its UA is trivially changed by anyone who
//   means harm, and our own Playwright suite (mobile project) runs headless
//   Chromium whose UA says "HeadlessChrome" while playing a signed-in member.
//   A scripted click still needs a member session; fraud checks handle abuse.
// - Two generic markers catch the long tail: "+http(s)://" (the "about this
//   bot" link crawlers put in their UA; browsers never do) and
//   "<name>bot/<version>" style tokens. A bare "bot" is not enough: Cubot
//   phones send "CUBOT" in a real browser UA.

type BotSignature = { name: string; match: string | RegExp };

export const BOT_SIGNATURES: readonly BotSignature[] = [
  // Search and SEO crawlers.
  { name: 'Googlebot', match: 'googlebot' },
  {
    name: 'Google other crawlers',
    match:
      /adsbot-google|mediapartners-google|storebot-google|google-inspectiontool|googleother|apis-google|feedfetcher-google/i,
  },
  { name: 'bingbot', match: 'bingbot' },
  { name: 'BingPreview', match: 'bingpreview' },
  { name: 'Qwant', match: /qwantbot|qwantify/i },
  { name: 'YandexBot', match: /yandex(?:bot|images|mobilebot|accessibilitybot)/i },
  { name: 'Baiduspider', match: 'baiduspider' },
  { name: 'DuckDuckBot', match: 'duckduckbot' },
  { name: 'Applebot', match: 'applebot' },
  { name: 'AhrefsBot', match: 'ahrefsbot' },
  { name: 'SemrushBot', match: 'semrushbot' },
  { name: 'MJ12bot', match: 'mj12bot' },
  { name: 'DotBot', match: 'dotbot' },
  { name: 'PetalBot', match: 'petalbot' },
  // AI crawlers and fetchers.
  { name: 'OpenAI', match: /gptbot|chatgpt-user|oai-searchbot/i },
  { name: 'Anthropic', match: /claudebot|claude-user|anthropic-ai/i },
  { name: 'Perplexity', match: /perplexitybot|perplexity-user/i },
  { name: 'CCBot', match: 'ccbot' },
  { name: 'Bytespider', match: 'bytespider' },
  { name: 'Amazonbot', match: 'amazonbot' },
  // Link previews.
  { name: 'Facebook', match: /facebookexternalhit|facebot|meta-externalagent/i },
  { name: 'Slackbot', match: /slackbot|slack-imgproxy/i },
  { name: 'Twitterbot', match: 'twitterbot' },
  { name: 'LinkedInBot', match: 'linkedinbot' },
  // The preview fetcher's UA starts with "WhatsApp/"; the in-app browser is a system WebView.
  { name: 'WhatsApp', match: /^whatsapp\//i },
  { name: 'TelegramBot', match: 'telegrambot' },
  { name: 'Discordbot', match: 'discordbot' },
  // Not plain "pinterest": the Pinterest app's in-app browser says "[Pinterest/iOS]".
  { name: 'Pinterestbot', match: 'pinterestbot' },
  { name: 'redditbot', match: 'redditbot' },
  { name: 'Skype', match: 'skypeuripreview' },
  { name: 'Embedly', match: 'embedly' },
  { name: 'Iframely', match: 'iframely' },
  // Performance and uptime monitors.
  { name: 'Lighthouse', match: /lighthouse|pagespeed/i },
  { name: 'WebPageTest', match: /\bptst\b/i },
  { name: 'GTmetrix', match: 'gtmetrix' },
  { name: 'Pingdom', match: 'pingdom' },
  { name: 'UptimeRobot', match: 'uptimerobot' },
  // Scripted HTTP clients.
  { name: 'curl', match: /^curl\//i },
  { name: 'Wget', match: /^wget\//i },
  { name: 'Python', match: /python-requests|python-urllib|python-httpx|aiohttp|scrapy/i },
  { name: 'Go', match: 'go-http-client' },
  { name: 'Java', match: /^java\/|apache-httpclient|okhttp/i },
  { name: 'Node', match: /^node(?:-fetch)?(?:\/|$)|^undici|^axios\//i },
  { name: 'Perl', match: 'libwww-perl' },
  { name: 'HTTPie', match: /^httpie\//i },
  { name: 'Postman', match: 'postmanruntime' },
  { name: 'PhantomJS', match: 'phantomjs' },
  // Generic markers for the long tail.
  { name: 'crawler info link', match: /\+https?:\/\//i },
  { name: 'bot/crawler/spider token', match: /(?:bot|crawler|spider)\/\d|\b(?:crawler|spider)\b/i },
];

/** The name of the bot signature the user agent matches, or null for what looks like a browser. */
export function matchBotUserAgent(userAgent: string): string | null {
  const lower = userAgent.toLowerCase();
  for (const signature of BOT_SIGNATURES) {
    const hit =
      typeof signature.match === 'string' ? lower.includes(signature.match) : signature.match.test(userAgent);
    if (hit) return signature.name;
  }
  return null;
}
