// One mapping from an HTTP failure to what the UI shows. The server answers every error as
// {"error":{"code","message","field"}} with a message already written for citizens, in the
// page's language (client.ts sends it as Accept-Language); anything else (a proxy page, a dropped connection) gets a code from the status so
// the UI can still say something useful in the user's language.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field: string = '',
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

const CODE_BY_STATUS: Record<number, string> = {
  400: 'malformed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'illegal_transition',
  413: 'too_large',
  415: 'unsupported_media',
  422: 'invalid_field',
  429: 'rate_limited',
}

export function codeForStatus(status: number): string {
  if (status === 0) return 'network'
  return CODE_BY_STATUS[status] ?? (status >= 500 ? 'unavailable' : 'unknown')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// Builds the error for a non-2xx response from its status and raw body text.
export function errorFromResponse(status: number, bodyText: string): ApiError {
  let parsed: unknown
  try {
    parsed = JSON.parse(bodyText)
  } catch {
    parsed = undefined
  }
  const error = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : undefined
  const code = typeof error?.code === 'string' && error.code ? error.code : codeForStatus(status)
  const message = typeof error?.message === 'string' ? error.message : ''
  const field = typeof error?.field === 'string' ? error.field : ''
  return new ApiError(status, code, message, field)
}

export function networkError(): ApiError {
  return new ApiError(0, 'network', '')
}

// The message for one field, keyed by the API's field name ("description", "reporter.phone",
// "location.desa_code" ...). Errors that do not name a field (or name a header such as
// X-CSRF-Token) go under "" and are shown above the form.
export function fieldErrors(error: ApiError): Record<string, string> {
  const key = error.field && !/^[A-Z]/.test(error.field) ? error.field : ''
  return { [key]: error.message }
}

// The text to show: the server's own message when it sent one, else a translated message for
// the code. `translate` receives keys like "errors.network".
export function errorText(error: unknown, translate: (key: string) => string): string {
  if (error instanceof ApiError) {
    if (error.message) return error.message
    const key = `errors.${error.code}`
    const text = translate(key)
    if (text && text !== key) return text
  }
  return translate('errors.unknown')
}
