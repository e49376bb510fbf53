/**
 * The guide as data: a graph of screens (`resources/guide/guide.json`) and, per language, the
 * texts of every screen (`resources/guide/texts/<lang>.json`). These schemas check the shapes;
 * `validate-guide.ts` checks the graph itself (reachability, dead ends, texts, placeholders).
 */
import * as v from 'valibot';
import { portalTargets } from '../portal/portal-types.ts';

const id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'an id in lower-case-kebab'));

/** The kinds of screen. */
export const screenKinds = ['question', 'steps', 'information', 'portal', 'recap'] as const;

/** The pictograms a step may show (drawn by the renderer, always next to the step's text). */
export const pictograms = [
  'tap',
  'profile',
  'person',
  'phone',
  'sms',
  'mail',
  'calendar',
  'key',
  'franceconnect',
  'id-card',
  'search',
  'message',
  'app',
  'qr',
  'check',
  'warning',
  'school',
  'link',
] as const;

/** A pictogram name. */
export type Pictogram = (typeof pictograms)[number];

/** Schema of one answer button: it leads to another screen. */
export const answerSchema = v.strictObject({ id, next: id });

/** Schema of one numbered step, with its pictogram. */
export const stepSchema = v.strictObject({ id, icon: v.picklist(pictograms) });

/** Schema of one screen of the graph. */
export const screenSchema = v.strictObject({
  id,
  kind: v.picklist(screenKinds),
  /** The activation or access route this screen belongs to, for the route indicator and the slip. */
  route: v.optional(id),
  /** Answer buttons (2–4 on a question; any screen but the recap may have some). */
  answers: v.optional(v.array(answerSchema)),
  /** Numbered steps. */
  steps: v.optional(v.array(stepSchema)),
  /** On a route screen: the portal screen the primary "Faire l'activation ici" action opens. */
  portalScreen: v.optional(id),
  /** On a portal screen: the address it opens, and the screen shown when the parent leaves it. */
  portal: v.optional(v.strictObject({ target: v.picklist(portalTargets), next: id })),
  /** Next-step items (ids of `recapItems` texts) this screen adds to the recap slip. */
  recap: v.optional(v.array(id)),
});

/** Schema of the guide graph file. */
export const guideGraphSchema = v.strictObject({
  version: v.literal(1),
  start: id,
  recap: id,
  /** Each route's screens in order, for "Activation par SMS — étape 2 sur 3". */
  routes: v.record(id, v.pipe(v.array(id), v.minLength(1))),
  screens: v.pipe(v.array(screenSchema), v.minLength(1)),
});

/** One answer button. */
export type Answer = v.InferOutput<typeof answerSchema>;
/** One screen of the guide. */
export type GuideScreen = v.InferOutput<typeof screenSchema>;
/** The guide graph. */
export type GuideGraph = v.InferOutput<typeof guideGraphSchema>;
/** A screen kind. */
export type ScreenKind = (typeof screenKinds)[number];

const textMap = v.record(v.string(), v.pipe(v.string(), v.minLength(1)));

/** Schema of one screen's texts. */
export const screenTextsSchema = v.strictObject({
  title: v.pipe(v.string(), v.minLength(1)),
  body: v.optional(v.pipe(v.string(), v.minLength(1))),
  /** The primary portal action's label, on route screens. */
  action: v.optional(v.pipe(v.string(), v.minLength(1))),
  answers: v.optional(textMap),
  steps: v.optional(textMap),
});

/** Schema of one language's texts file. */
export const guideTextsSchema = v.strictObject({
  meta: v.strictObject({
    language: v.pipe(v.string(), v.regex(/^[a-z]{2}(-[A-Z][a-z]{3})?$/)),
    /** Name of the language in itself, for the language picker. */
    name: v.pipe(v.string(), v.minLength(1)),
    direction: v.picklist(['ltr', 'rtl']),
    /** Whether a native speaker has reviewed this translation (staff see which have not). */
    reviewedByNativeSpeaker: v.boolean(),
  }),
  /** Interface words (buttons, indicators) keyed by name. */
  ui: textMap,
  /** Route names keyed by route id. */
  routes: textMap,
  screens: v.record(v.string(), screenTextsSchema),
  /** Next-step items for the recap slip, keyed by id. */
  recapItems: textMap,
});

/** One screen's texts. */
export type ScreenTexts = v.InferOutput<typeof screenTextsSchema>;
/** One language's texts. */
export type GuideTexts = v.InferOutput<typeof guideTextsSchema>;
