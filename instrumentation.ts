// Runs once when a Next.js server process starts: refuse to serve with a
// misconfigured environment, naming each bad variable.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { env, EnvError } = await import('./lib/env');
    try {
      env();
    } catch (error) {
      if (error instanceof EnvError) console.error(error.message);
      throw error;
    }
  }
}
