// GET/POST /api/auth/*: Auth.js endpoints (session, CSRF, callback, sign-out)
import { handlers } from '@/auth';

export const { GET, POST } = handlers;
