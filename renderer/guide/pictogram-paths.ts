import type { Pictogram } from '../../common/guide/guide-schema.ts';

/**
 * Simple line pictograms on a 24×24 grid (stroke only, drawn in the text colour). Each step's text
 * always stands next to its pictogram, which is decorative for assistive technology.
 */
export const pictogramPaths: Readonly<Record<Pictogram, readonly string[]>> = {
  tap: ['M9 11V5a2 2 0 0 1 4 0v6', 'M13 10a2 2 0 0 1 4 0v1a2 2 0 0 1 3 1.7V16a6 6 0 0 1-6 6h-1a6 6 0 0 1-5-2.7L5 16a2 2 0 0 1 3-2.6l1 1.1'],
  profile: ['M16 7a4 4 0 1 1-8 0 4 4 0 0 1 8 0', 'M4 21v-1a6 6 0 0 1 6-6h4a6 6 0 0 1 6 6v1'],
  person: ['M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8', 'M6 21v-2a4 4 0 0 1 4-4h4a4 4 0 0 1 4 4v2', 'M3 8h2', 'M19 8h2'],
  phone: ['M8 2h8a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2', 'M11 18h2'],
  sms: ['M4 4h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H9l-5 4v-4H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1', 'M8 10h.01', 'M12 10h.01', 'M16 10h.01'],
  mail: ['M3 6h18v12H3z', 'M3 7l9 6 9-6'],
  calendar: ['M4 5h16v16H4z', 'M4 10h16', 'M8 3v4', 'M16 3v4', 'M8 14h2', 'M14 14h2', 'M8 18h2'],
  key: ['M15 9a4 4 0 1 1-8 0 4 4 0 0 1 8 0', 'M13.8 11.8 21 19', 'M18 16l2-2', 'M16 14l2-2'],
  franceconnect: ['M12 2l8 4v6c0 5-3.5 8.5-8 10-4.5-1.5-8-5-8-10V6z', 'M8.5 12l2.5 2.5 4.5-5'],
  'id-card': ['M3 5h18v14H3z', 'M10 10a2 2 0 1 1-4 0 2 2 0 0 1 4 0', 'M5 16c.5-1.5 1.5-2 3-2s2.5.5 3 2', 'M14 9h4', 'M14 13h4'],
  search: ['M17 10a7 7 0 1 1-14 0 7 7 0 0 1 14 0', 'M15 15l6 6'],
  message: ['M3 5h18v11H8l-5 4z', 'M7 9h10', 'M7 12h6'],
  app: ['M4 4h7v7H4z', 'M13 4h7v7h-7z', 'M4 13h7v7H4z', 'M13 13h7v7h-7z'],
  qr: ['M3 3h7v7H3z', 'M14 3h7v7h-7z', 'M3 14h7v7H3z', 'M14 14h3v3h-3z', 'M18 18h3v3h-3z', 'M6 6h1v1H6z', 'M17 6h1v1h-1z', 'M6 17h1v1H6z'],
  check: ['M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0', 'M7.5 12.5l3 3 6-6'],
  warning: ['M12 3l10 18H2z', 'M12 10v5', 'M12 18h.01'],
  school: ['M2 9l10-5 10 5-10 5z', 'M6 11v5c2 2 10 2 12 0v-5', 'M22 9v6'],
  link: ['M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1', 'M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1'],
};
