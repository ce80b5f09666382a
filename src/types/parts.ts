// What the types with parts (gaps, pairs, steps) share in how they word a part's reason.

/** `text` then `reason`: after a colon, or after a space where `text` ends a sentence. */
export const joined = (text: string, reason: string): string => `${text}${/[.!?…]["”’']?$/.test(text.trim()) ? ' ' : ': '}${reason}`
