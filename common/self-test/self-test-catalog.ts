/**
 * The checks of the kiosk's self-test, in the order they run: an id, a short French title and a
 * plain French description for the référent. The Electron shell runs them
 * (`electron/main/self-test/checks/`); the browser preview lists them as "non vérifié" (it has no
 * Electron). One list, so both shells show the same names.
 */

/** One check as the référent reads it. */
export interface SelfTestCheckInfo {
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

/** Every check, in running order. */
export const selfTestCatalog = [
  {
    id: 'launch-time',
    title: 'Démarrage',
    description:
      'Mesure le temps entre le lancement de la borne et l’écran d’accueil prêt à être touché. Ce temps ne se mesure qu’au lancement (--self-test).',
  },
  {
    id: 'host-window',
    title: 'Fenêtre de la borne',
    description:
      'Vérifie que la borne affiche sa propre page (app://kiosk/) avec sa politique de sécurité, que la page n’a aucun accès au système et que le pont avec la borne propose exactement les fonctions prévues.',
  },
  {
    id: 'ipc-senders',
    title: 'Appels venant d’ailleurs',
    description:
      'Ouvre une fenêtre cachée qui se fait passer pour la borne et vérifie que chacun de ses appels est refusé, et que les messages réservés au portail sont ignorés s’ils viennent de la page de la borne.',
  },
  {
    id: 'fresh-partition',
    title: 'Chaque visiteur part de zéro',
    description:
      'Vérifie qu’un nouveau visiteur ne trouve aucun cookie ni aucune donnée d’un visiteur précédent, que tout reste en mémoire et que rien n’est écrit sur le disque pendant la visite (hors statistiques anonymes et journal).',
  },
  {
    id: 'fifty-visits',
    title: 'Cinquante visites de suite',
    description:
      'Enchaîne 50 visites courtes et vérifie que le nombre de sessions du portail et la mémoire de la borne restent stables entre la 10e et la 50e visite.',
  },
  {
    id: 'navigation-allow-list',
    title: 'Sites autorisés',
    description:
      'Essaie, dans le portail, des adresses autorisées et interdites (liens, nouvelles fenêtres, cadres, fichiers locaux, scripts) et vérifie que le portail ne quitte jamais les sites autorisés et signale chaque refus.',
  },
  {
    id: 'downloads-permissions',
    title: 'Téléchargements et autorisations',
    description:
      'Vérifie qu’une page du portail ne peut ni télécharger de fichier, ni obtenir la caméra, le micro, la position, les notifications ou le presse-papiers.',
  },
  {
    id: 'portal-typing',
    title: 'Clavier à l’écran',
    description:
      'Tape dans un champ du portail de démonstration comme le clavier de la borne, vérifie que «\u202FEffacer\u202F» s’applique dans l’ordre et qu’un mot de passe tapé n’apparaît jamais dans le journal.',
  },
  {
    id: 'end-of-visit-wipe',
    title: 'Effacement en fin de visite',
    description:
      'Laisse des données dans le portail de démonstration, termine la visite, puis vérifie dans la visite suivante que cookies, stockage local, stockage de session, base IndexedDB et cache sont vides\u202F; mesure le temps d’effacement.',
  },
  {
    id: 'slip-pdf',
    title: 'Mise en page de la fiche',
    description: 'Produit la fiche récapitulative en PDF, sur rouleau de 80 mm et sur A4, et vérifie la taille et le nombre de pages.',
  },
  {
    id: 'slip-printer',
    title: 'Impression sur l’imprimante',
    description:
      'Imprime une fiche sur l’imprimante de la configuration, sans fenêtre d’impression. Non vérifié si aucune imprimante n’est configurée ou si elle n’est pas installée sur ce poste.',
  },
  {
    id: 'crash-recovery',
    title: 'Reprise après une panne',
    description:
      'Provoque un plantage de la page de la borne, un plantage de la page du portail et un portail bloqué, et vérifie que la borne revient chaque fois à l’écran d’accueil en moins de 15 secondes, avec une ligne au journal.',
  },
  {
    id: 'shortcut-lockdown',
    title: 'Raccourcis clavier bloqués',
    description:
      'Envoie les raccourcis de rechargement, d’outils de développement, de zoom, d’impression, de fermeture et de sortie du plein écran, et vérifie qu’aucun n’a d’effet.',
  },
  {
    id: 'idle-reset',
    title: 'Visiteur parti',
    description:
      'Commence une visite puis ne touche plus rien\u202F: vérifie que le compte à rebours apparaît, puis que la visite est terminée et effacée et que l’écran d’accueil revient.',
  },
  {
    id: 'fuses',
    title: 'Verrous de l’exécutable',
    description:
      'Lit dans le programme installé les verrous de sécurité d’Electron (fuses) et vérifie qu’ils sont ceux prévus à l’empaquetage. Non vérifié hors version installée.',
  },
  {
    id: 'memory-twenty-visits',
    title: 'Mémoire après 20 visites',
    description: 'Mesure la mémoire utilisée par la borne (tous ses processus) après 20 visites simulées et la compare à un budget large.',
  },
  {
    id: 'host-navigation',
    title: 'Page de la borne verrouillée',
    description: 'Essaie d’envoyer la page de la borne vers un site extérieur et vérifie qu’elle reste sur sa propre page.',
  },
  {
    id: 'portal-refusals',
    title: 'Fichiers et impression depuis le portail',
    description:
      'Dans la page «\u202Fjustificatif\u202F» du portail de démonstration, essaie de choisir un fichier et d’imprimer la page, et vérifie que la borne refuse les deux sans ouvrir de fenêtre du système.',
  },
  {
    id: 'page-recognition',
    title: 'Aide à côté du portail',
    description:
      'Ouvre la page de connexion et celle des dates de naissance du portail de démonstration, et vérifie que la page est reconnue (l’aide à côté du portail s’affiche) et que la page ne transmet que des noms de la liste des pages connues.',
  },
  {
    id: 'synthetic-activity',
    title: 'Fausse activité ignorée',
    description:
      'Vérifie qu’un événement clavier fabriqué par une page ne compte pas comme un visiteur présent, alors qu’un vrai toucher compte.',
  },
  {
    id: 'default-session-permissions',
    title: 'Autorisations de la page de la borne',
    description: 'Vérifie que la page de la borne elle-même se voit refuser la position, les notifications et la caméra.',
  },
] as const satisfies readonly SelfTestCheckInfo[];

/** The id of a check. */
export type SelfTestCheckId = (typeof selfTestCatalog)[number]['id'];

/** Every check id, in running order. */
export const selfTestCheckIds: readonly SelfTestCheckId[] = selfTestCatalog.map((check) => check.id);

/** The id, title and description of a check. */
export function selfTestCheckInfo<I extends SelfTestCheckId>(id: I): SelfTestCheckInfo & { readonly id: I } {
  const info = selfTestCatalog.find((check) => check.id === id);
  if (info === undefined) throw new Error(`Unknown self-test check: ${id}`);
  return { id, title: info.title, description: info.description };
}
