// What an anniversary does when staff leave a field empty. The CMS's schema.json declares the same
// defaults (the agreement test compares them), the zod schema fills them in, and the banner, which
// also runs in readers' browsers, reads them from here: this module has no imports so that the
// browser bundle takes nothing else from shared-types.
export const ANNIVERSARY_DEFAULTS = {
  recurrence: 'nam_chan',
  /** a round anniversary every this many years */
  roundEvery: 5,
  /** the banner line shows this many days before the date */
  daysBefore: 30,
  /** and this many days after it */
  daysAfter: 7,
  order: 0,
  active: true,
} as const;
