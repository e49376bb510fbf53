/**
 * What the demo portal answers when it has no page for a request: a page in French with the
 * SIMULATION band (nothing inline, so the strict CSP allows it), and a plain refusal for a method
 * other than GET or HEAD. Neither repeats the address asked for.
 */

/** Content type of the not-found page. */
export const demoNotFoundContentType = 'text/html; charset=utf-8';

/** The demo portal's not-found page (404). Its style sheet comes from the demo origin itself. */
export const demoNotFoundPage = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/demo.css" />
    <title>Page introuvable — simulation</title>
  </head>
  <body>
    <div class="simulation-band" role="note" aria-label="Simulation">SIMULATION — ce n’est pas le vrai site ÉduConnect</div>
    <header class="portal-header">
      <span class="brand">Simulation</span>
      <span class="tagline">Page introuvable</span>
    </header>
    <main>
      <h1>Page introuvable</h1>
      <p>Cette page n’existe pas dans la simulation.</p>
      <p><a href="/">Revenir au début de la simulation</a></p>
    </main>
  </body>
</html>
`;

/** Content type of the refusal of a method. */
export const demoMethodNotAllowedContentType = 'text/plain; charset=utf-8';

/** The body of the refusal of a method other than GET or HEAD (405). */
export const demoMethodNotAllowedText = 'Méthode non autorisée';

/** The methods the demo portal answers (it only serves files). */
export const demoPortalMethods: readonly string[] = ['GET', 'HEAD'];
