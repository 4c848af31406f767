// webpack loader: puts the shipped registry into a bundle as validated data. Applied (see
// webpack.config.js) to the modules that stand for it in the source, src/domain/
// shippedCompact.ts and shippedRecords.ts (and shippedRelease.ts: version, channel, the
// registry's digest, helpdesk), whose text it replaces with the data that
// shipped-registry.ts generates from the registry file. An invalid registry fails the build
// with every problem listed. The generator is TypeScript that shares the command line's checks;
// tsx loads it here, whether webpack runs from the CLI, from npm start or from a test.
const path = require('node:path');
const { pathToFileURL } = require('node:url');

// Loaded once per webpack process: `npm start` rebuilds when the registry file changes, but a
// change to the checks themselves (src/domain) needs a restart.
let generator;

module.exports = function registryLoader() {
  const done = this.async();
  const { file, form, packageFile } = this.getOptions();
  this.addDependency(file);
  if (packageFile) this.addDependency(packageFile);
  if (generator === undefined) {
    const here = pathToFileURL(path.join(__dirname, 'registry-loader.cjs')).href;
    generator = import('tsx/esm/api').then((tsx) => tsx.tsImport('./shipped-registry.ts', here));
  }
  generator
    .then((m) => m.shippedModule(file, form, packageFile))
    .then(
      (out) => {
        if (out.ok) return done(null, out.code);
        const what = form === 'release' ? 'The release settings cannot be built into the add-in.' : 'The protocol registry cannot be built into the add-in.';
        const error = new Error(`${what}\n${out.message}`);
        // The list of problems is the message; a stack trace of the loader would only hide it.
        error.hideStack = true;
        return done(error);
      },
      // Anything else (tsx cannot load the generator, a bug in it) must fail the build, not hang it.
      (error) => done(error),
    );
};
