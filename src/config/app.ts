/**
 * Build-time settings of the app itself (not of a partnership). The client id is what the EHR
 * registered the app under; the sandbox accepts any id.
 */
export const SMART_CLIENT_ID: string = (import.meta.env.VITE_SMART_CLIENT_ID as string | undefined) ?? 'hjp-link';
