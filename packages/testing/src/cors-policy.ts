/** Decides and writes CORS headers for the configured origins. */
export interface CorsPolicy {
  /** The origin to echo, when the request's `Origin` is allowed. */
  allowedOrigin(request: Request): string | undefined;
  /** Adds the response headers for an allowed origin (none otherwise). */
  decorate(request: Request, response: Response): Response;
  /** Answer to an `OPTIONS` request: a full preflight for allowed origins, a bare 204 with `Allow` otherwise. */
  preflight(request: Request, allow: string): Response;
}

const ALLOW_HEADERS = 'Authorization, Content-Type, Accept, Accept-Language';

/** Builds the CORS behaviour for `corsOrigins` (`undefined` = no CORS headers at all). */
export function createCorsPolicy(origins: string[] | '*' | undefined): CorsPolicy {
  const allowedOrigin = (request: Request): string | undefined => {
    const origin = request.headers.get('origin');
    if (origin === null || origins === undefined) return undefined;
    return origins === '*' || origins.includes(origin) ? origin : undefined;
  };
  return {
    allowedOrigin,
    decorate(request, response) {
      const origin = allowedOrigin(request);
      if (origin === undefined || response.type === 'error') return response;
      const headers = new Headers(response.headers);
      headers.set('access-control-allow-origin', origin);
      headers.append('vary', 'Origin');
      headers.set('access-control-expose-headers', 'Retry-After');
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
    },
    preflight(request, allow) {
      const origin = allowedOrigin(request);
      if (origin === undefined) return new Response(null, { status: 204, headers: { allow } });
      return new Response(null, {
        status: 204,
        headers: {
          allow,
          'access-control-allow-origin': origin,
          'access-control-allow-methods': allow,
          'access-control-allow-headers': ALLOW_HEADERS,
          'access-control-max-age': '600',
          vary: 'Origin',
        },
      });
    },
  };
}
