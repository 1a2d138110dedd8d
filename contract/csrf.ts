/** The header the BFF requires on every API call (with SameSite cookies, a cross-site form cannot add it). */
export const CSRF_HEADER = 'x-gatehouse-csrf'
