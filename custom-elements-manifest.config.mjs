/**
 * The manifest behind Storybook's autodocs and editor hints: read from each element's header comment
 * (@attr @fires @csspart @cssprop @slot), so the docs cannot drift from the code.
 */
export default {
  globs: ['src/elements/**/*.component.ts', 'src/core/cw-element.ts'],
  exclude: ['src/**/internal/**'],
  outdir: 'dist',
  litelement: true,
  dev: false,
  plugins: [
    {
      // `emit(name, detail)` in the base class dispatches events by variable, which the analyzer records as an
      // event literally called "name"; the real events are documented with @fires on each element.
      name: 'drop-generic-emit',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'name');
          }
        }
      },
    },
  ],
};
