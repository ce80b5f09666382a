// An option's words as a student compares two options: case and spacing aside. One
// definition for the lint's `key-text-repeated` and the sampler that keeps it from firing.

export const optionWording = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase()
