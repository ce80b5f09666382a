// The output formats `--format` takes. Kept apart from the build so the CLI can check
// flags without loading it.
export const FORMATS = ['html', 'pdf', 'print', 'moodle', 'gift', 'qti', 'zip'] as const
export type Format = (typeof FORMATS)[number]
