// The device a click came from, for the click row and the member's "my clicks"
// page; a hint, not a fact (the UA is the visitor's to set).
//
// - Tablets first: iPads, Kindle/Silk, and Android without "Mobile" (Google's
//   rule: Android phones put "Mobile" in the UA, tablets leave it out; Firefox
//   says "Tablet" or "Mobile" outright).
// - iPadOS 13+ Safari asks for desktop sites and sends a Macintosh UA that no
//   UA test can tell from a Mac: those count as desktop.
// - No UA or no platform token (scripts, odd clients): unknown.

export type DeviceType = 'mobile' | 'tablet' | 'desktop' | 'unknown';

const TABLET = /ipad|tablet|playbook|kindle|silk\/|kfapwi|kftt/i;
const MOBILE = /mobi|iphone|ipod|android|opera mini|blackberry|bb10|iemobile|windows phone|webos/i;
const DESKTOP = /windows nt|macintosh|mac os x|x11|linux|cros/i;

export function deviceType(userAgent: string | null | undefined): DeviceType {
  const ua = userAgent?.trim() ?? '';
  if (ua === '') return 'unknown';
  if (/windows phone/i.test(ua)) return 'mobile';
  if (TABLET.test(ua)) return 'tablet';
  if (/android/i.test(ua)) return /mobile/i.test(ua) ? 'mobile' : 'tablet';
  if (MOBILE.test(ua)) return 'mobile';
  if (DESKTOP.test(ua)) return 'desktop';
  return 'unknown';
}
