// What the types with parts (gaps, pairs, steps) share in how they word a part's reason.

/** `text` then `reason`: after a colon, or after a space where `text` ends a sentence. */
export const joined = (text: string, reason: string): string => `${text}${/[.!?…]["”’']?$/.test(text.trim()) ? ' ' : ': '}${reason}`

/** The mark between a part's words and its reason in the key: none after a full stop, else a colon. */
export const pause = (text: string): string => (/[.!?…]["”’']?$/.test(text.trim()) ? '' : ':')
