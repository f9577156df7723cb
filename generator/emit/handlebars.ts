import Handlebars from 'handlebars';

/** The only helpers templates may use; anything else fails when the template compiles. */
const HELPERS = {
  json: (value: unknown) => JSON.stringify(value, null, 2).replace(/\n/g, '\n  '),
};

/**
 * Renders a prose or fixed-file template against a view model built in TypeScript. Strict mode
 * throws on a missing field instead of printing nothing; templates only interpolate and iterate.
 */
export function renderTemplate(name: string, source: string, view: object): string {
  const hb = Handlebars.create();
  for (const [helper, fn] of Object.entries(HELPERS)) {
    hb.registerHelper(helper, fn);
  }
  const template = hb.compile(source, {
    strict: true,
    noEscape: true,
    knownHelpers: { json: true },
    knownHelpersOnly: true,
  });
  try {
    return template(view);
  } catch (e) {
    throw new Error(`template ${name}: ${(e as Error).message}`);
  }
}
