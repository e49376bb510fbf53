/**
 * The navigation policy's table of addresses — `[why, address, verdict under
 * navigationPolicyAllowList]` — shared by the policy's unit test and the self-test, which replays
 * each address as a real navigation in the portal. Grouped by theme; every line is one case.
 */

/** The allow-list the table is written against (the bundled one's shape, plus an IDN host). */
export const navigationPolicyAllowList = [
  'educonnect.education.gouv.fr',
  'moncompte.educonnect.education.gouv.fr',
  'app.franceconnect.gouv.fr',
  'oidc.franceconnect.gouv.fr',
  '*.ent.auvergnerhonealpes.fr',
  '*.index-education.net',
  'xn--lyce-du-parc-deb.fr',
] as const;

const allowed = true;
const refused = false;

/** [why, address, verdict]: the policy's cases. */
export const navigationPolicyCases: readonly (readonly [string, string, boolean])[] = [
  // The ordinary portal addresses.
  ['EduConnect home', 'https://educonnect.education.gouv.fr/', allowed],
  ['EduConnect without a path', 'https://educonnect.education.gouv.fr', allowed],
  ['EduConnect identity-provider page with query and fragment', 'https://educonnect.education.gouv.fr/idp/profile/SAML2/Redirect/SSO?execution=e1s1#top', allowed],
  ['EduConnect account pages', 'https://moncompte.educonnect.education.gouv.fr/educt-self-service/', allowed],
  ['FranceConnect v1', 'https://app.franceconnect.gouv.fr/api/v1/authorize', allowed],
  ['FranceConnect v2', 'https://oidc.franceconnect.gouv.fr/api/v2/authorize', allowed],
  ['ENT CAS login (suffix rule)', 'https://cas.ent.auvergnerhonealpes.fr/login?selection=EDU', allowed],
  ['Pronote of the school (suffix rule)', 'https://0690026d.index-education.net/pronote/parent.html', allowed],
  ['deeper subdomain of a suffix rule', 'https://a.b.index-education.net/', allowed],
  ['explicit default port :443', 'https://educonnect.education.gouv.fr:443/', allowed],
  ['default port written with a leading zero', 'https://educonnect.education.gouv.fr:0443/', allowed],
  ['upper-case host', 'https://EDUCONNECT.Education.GOUV.fr/', allowed],
  ['upper-case scheme', 'HTTPS://educonnect.education.gouv.fr/', allowed],
  ['one trailing dot (DNS root)', 'https://educonnect.education.gouv.fr./', allowed],
  ['IDN host turned to punycode', 'https://lycée-du-parc.fr/', allowed],
  ['IDN host in capitals', 'https://LYCÉE-DU-PARC.fr/', allowed],
  ['IDN host already in punycode', 'https://xn--lyce-du-parc-deb.fr/', allowed],
  ['fullwidth dots map to the same allowed host', 'https://educonnect．education．gouv．fr/', allowed],
  ['@ in the path is only a path', 'https://educonnect.education.gouv.fr/@evil.fr', allowed],
  ['backslash after the path starts is only a path', 'https://educonnect.education.gouv.fr/a\\b', allowed],
  ['encoded characters in the query are fine', 'https://educonnect.education.gouv.fr/?next=%2F%2Fevil.fr', allowed],

  // Userinfo.
  ['allowed host as user name, evil host', 'https://educonnect.education.gouv.fr@evil.fr/', refused],
  ['user name and password before the allowed host', 'https://user:pass@educonnect.education.gouv.fr/', refused],
  ['empty userinfo before the allowed host', 'https://@educonnect.education.gouv.fr/', refused],
  ['user name only before the allowed host', 'https://parent@educonnect.education.gouv.fr/', refused],
  ['encoded @ in the authority', 'https://educonnect.education.gouv.fr%40evil.fr/', refused],

  // Look-alike host names.
  ['prefix with a hyphen', 'https://evil-educonnect.education.gouv.fr/', refused],
  ['allowed host as a subdomain of an evil host', 'https://educonnect.education.gouv.fr.evil.fr/', refused],
  ['subdomain of an exact entry', 'https://www.educonnect.education.gouv.fr/', refused],
  ['parent domain of an exact entry', 'https://education.gouv.fr/', refused],
  ['missing letter', 'https://educonect.education.gouv.fr/', refused],
  ['suffix rule does not match its bare domain', 'https://index-education.net/', refused],
  ['suffix rule does not match a look-alike ending', 'https://evilindex-education.net/', refused],
  ['suffix rule does not match an appended domain', 'https://0690026d.index-education.net.evil.fr/', refused],
  ['other top-level domain', 'https://educonnect.education.gouv.com/', refused],
  ['Cyrillic е homograph', 'https://educonnеct.education.gouv.fr/', refused],
  ['homograph in punycode', 'https://xn--educonnct-m0h.education.gouv.fr/', refused],
  ['Cyrillic а homograph on a suffix rule', 'https://pronote.index-educаtion.net/', refused],
  ['ideographic full stop joins an evil host', 'https://educonnect.education.gouv.fr\u3002evil.fr/', refused],
  ['double trailing dot', 'https://educonnect.education.gouv.fr../', refused],
  ['empty label', 'https://educonnect..education.gouv.fr/', refused],

  // Encoded dots and escapes in the host.
  ['encoded dot joins an evil host', 'https://educonnect.education.gouv.fr%2eevil.fr/', refused],
  ['encoded dots inside the allowed host', 'https://educonnect%2eeducation%2egouv%2efr/', refused],
  ['encoded letter inside the allowed host', 'https://%65duconnect.education.gouv.fr/', refused],
  ['encoded slash in the authority', 'https://evil.fr%2f.educonnect.education.gouv.fr/', refused],

  // Backslashes and slash tricks.
  ['backslash ends the authority before an @', 'https://educonnect.education.gouv.fr\\@evil.fr/', refused],
  ['backslashes instead of slashes', 'https:\\\\educonnect.education.gouv.fr/', refused],
  ['slash then backslash', 'https:/\\educonnect.education.gouv.fr/', refused],
  ['scheme without slashes', 'https:educonnect.education.gouv.fr/', refused],
  ['scheme with one slash', 'https:/educonnect.education.gouv.fr/', refused],
  ['three slashes', 'https:///educonnect.education.gouv.fr/', refused],
  ['protocol-relative', '//educonnect.education.gouv.fr/', refused],
  ['no scheme at all', 'educonnect.education.gouv.fr', refused],
  ['path only', '/idp/profile/Logout', refused],
  ['fragment hides an @', 'https://evil.fr#@educonnect.education.gouv.fr/', refused],
  ['query hides the allowed host', 'https://evil.fr/?educonnect.education.gouv.fr', refused],

  // Ports.
  ['port 8443', 'https://educonnect.education.gouv.fr:8443/', refused],
  ['port 80 on https', 'https://educonnect.education.gouv.fr:80/', refused],
  ['out-of-range port', 'https://educonnect.education.gouv.fr:65536/', refused],
  ['non-numeric port', 'https://educonnect.education.gouv.fr:https/', refused],

  // IP literals.
  ['IPv4 loopback', 'https://127.0.0.1/', refused],
  ['IPv4 as one number', 'https://2130706433/', refused],
  ['IPv4 in hexadecimal', 'https://0x7f.0.0.1/', refused],
  ['private IPv4', 'https://192.168.1.10/', refused],
  ['IPv6 loopback', 'https://[::1]/', refused],
  ['IPv4-mapped IPv6', 'https://[::ffff:127.0.0.1]/', refused],

  // Whitespace and control characters.
  ['leading space', ' https://educonnect.education.gouv.fr/', refused],
  ['trailing space', 'https://educonnect.education.gouv.fr/ ', refused],
  ['tab inside the host', 'https://educon\tnect.education.gouv.fr/', refused],
  ['newline inside the host', 'https://educonnect.education.gouv.fr\n.evil.fr/', refused],
  ['carriage return in the path', 'https://educonnect.education.gouv.fr/\r', refused],
  ['NUL character', 'https://educonnect.education.gouv.fr\u0000.evil.fr/', refused],
  ['soft hyphen inside the host', 'https://educon\u00adnect.education.gouv.fr/', refused],
  ['zero-width space inside the host', 'https://educon\u200bnect.education.gouv.fr/', refused],
  ['right-to-left override', 'https://\u202eeduconnect.education.gouv.fr/', refused],
  ['non-breaking space', 'https://educonnect.education.gouv.fr/\u00a0', refused],
  ['ideographic space', 'https://educonnect.education.gouv.fr\u3000/', refused],

  // Other schemes.
  ['plain http', 'http://educonnect.education.gouv.fr/', refused],
  ['data URL', 'data:text/html,<h1>EduConnect</h1>', refused],
  ['blob URL of an allowed origin', 'blob:https://educonnect.education.gouv.fr/6f1c5e5e-0000-4000-8000-000000000000', refused],
  ['javascript URL', 'javascript:alert(document.cookie)', refused],
  ['javascript URL with a comment hiding the host', 'javascript://educonnect.education.gouv.fr/%0aalert(1)', refused],
  ['file URL', 'file:///etc/passwd', refused],
  ['about:blank', 'about:blank', refused],
  ['chrome URL', 'chrome://settings/', refused],
  ['WebSocket', 'ws://educonnect.education.gouv.fr/', refused],
  ['secure WebSocket', 'wss://educonnect.education.gouv.fr/', refused],
  ['FTP', 'ftp://educonnect.education.gouv.fr/', refused],
  ['view-source', 'view-source:https://educonnect.education.gouv.fr/', refused],
  ['filesystem URL', 'filesystem:https://educonnect.education.gouv.fr/temporary/x', refused],
  ['mailto', 'mailto:secretariat@example.fr', refused],

  // Unparsable input.
  ['empty string', '', refused],
  ['scheme and slashes only', 'https://', refused],
  ['spaces in the host', 'https://educonnect education.gouv.fr/', refused],
  ['unterminated IPv6 literal', 'https://[::1/', refused],
];
