// Two builds, as the guide asks:
//  - "pane": the React task pane (taskpane.html), hashed file names, code-split so the PDF
//    generator and encryption load only when needed;
//  - "events": the Smart Alerts handler (onsend.js + commands.html) and the phone's launch-event
//    handler (mobile.js, also loaded by commands.html: Outlook on iOS and Android opens that page
//    for the MobileFormFactor's events). No React, each one self-contained file with a stable
//    name, ES2016 syntax because classic Outlook on Windows loads onsend.js in a JavaScript-only
//    runtime (and mobile.js is held to the same, test/mobile/bundle.test.ts).
// office.js is always referenced from Microsoft's CDN (hosting/headers.ts: OFFICE_JS_CDN).
// The protocol registry goes in as validated data, generated from registry/protocols.json when
// the bundles are built (scripts/lib/shipped-registry.ts): an invalid registry fails the build.
// ADDIN_REGISTRY_FILE builds with another registry file: the tests' fixture, the benchmark's
// generated ones. `npm run build` refuses it for a release or pilot (scripts/build.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { EsbuildPlugin } from 'esbuild-loader';

const root = path.dirname(fileURLToPath(import.meta.url));
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
// Unicode's confusables, reduced to what matters for ASCII mailboxes (the script says why).
const CONFUSABLES_RULE = {
  test: /[\\/]unhomoglyph[\\/]data\.json$/,
  loader: path.resolve(root, 'scripts/lib/confusables-loader.cjs'),
  type: 'json',
};
// The words that are both a Flemish name and a common Dutch word, from @zxcvbn-ts/language-nl-be
// (the script says how); only the pane's trace builder imports them.
const COMMON_WORDS_RULE = {
  test: path.resolve(root, 'src/domain/commonNameWords.json'),
  loader: path.resolve(root, 'scripts/lib/common-words-loader.cjs'),
  type: 'json',
};

const POLYFILLS = 'onsend-polyfills';

/** The self-contained ES2016 bundles: each gets the lowered polyfills in front, in the same file. */
const EVENT_BUNDLES = ['onsend.js', 'mobile.js'];

/** Puts the lowered polyfills entry in front of each lowered event bundle (classic Outlook loads one file). */
class PrependPolyfills {
  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('PrependPolyfills', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'PrependPolyfills', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 }, () => {
        const polyfills = compilation.getAsset(`${POLYFILLS}.js`);
        const missing = EVENT_BUNDLES.filter((name) => !compilation.getAsset(name));
        if (!polyfills || missing.length > 0) {
          compilation.errors.push(
            new compiler.webpack.WebpackError(`PrependPolyfills: ${[...missing, ...(polyfills ? [] : ['the polyfills'])].join(', ')} missing`),
          );
          return;
        }
        for (const name of EVENT_BUNDLES) {
          const main = compilation.getAsset(name);
          if (main) compilation.updateAsset(name, new sources.ConcatSource(polyfills.source, '\n', main.source));
        }
        compilation.deleteAsset(`${POLYFILLS}.js`);
      });
    });
  }
}

/** @param {Record<string, string>} _env @param {{mode?: 'production'|'development'}} argv */
export default (_env, argv) => {
  const mode = argv.mode ?? 'production';
  const outDir = path.resolve(root, process.env.ADDIN_OUT_DIR ?? 'dist');
  const registryFile = path.resolve(root, process.env.ADDIN_REGISTRY_FILE ?? 'registry/protocols.json');
  /** @param {'pane'|'send'} form what this bundle reads of each protocol (src/domain/compact.ts) */
  const registryRules = (form) => [
    {
      test: path.resolve(root, 'src/domain/shippedCompact.ts'),
      enforce: 'pre',
      loader: path.resolve(root, 'scripts/lib/registry-loader.cjs'),
      options: { file: registryFile, form },
    },
    {
      test: path.resolve(root, 'src/domain/shippedRecords.ts'),
      enforce: 'pre',
      loader: path.resolve(root, 'scripts/lib/registry-loader.cjs'),
      options: { file: registryFile, form: 'records' },
    },
    // What this build is: version, channel (ADDIN_CHANNEL), the registry's digest, the helpdesk
    // (ADDIN_HELPDESK_*): scripts/lib/release-settings.ts.
    {
      test: path.resolve(root, 'src/domain/shippedRelease.ts'),
      enforce: 'pre',
      loader: path.resolve(root, 'scripts/lib/registry-loader.cjs'),
      options: { file: registryFile, form: 'release', packageFile: path.resolve(root, 'package.json') },
    },
    // The core only defines things (it is pure: src/domain, src/crypto, src/referral, the catalogue
    // src/words and its language folders). Said here
    // because webpack cannot see it through a `new WeakMap()` or zod's calls at module level, and
    // would then keep every module wherever the domain's index is imported: the registry file's
    // schema and parser (for the build, the command line and the tests) in both bundles, the
    // registry data and the Send check's rules (zip inspector, confusables) in the pane's first
    // chunk instead of the chunks that use them.
    { test: /[\\/]src[\\/](domain|crypto|referral|words|words[\\/]nl|words[\\/]en)[\\/][^\\/]+\.ts$/, sideEffects: false },
  ];
  const shared = {
    mode,
    context: root,
    devtool: mode === 'development' ? 'source-map' : false,
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    performance: { hints: false },
    stats: 'errors-warnings',
  };

  const pane = {
    ...shared,
    name: 'pane',
    target: ['web', 'es2020'],
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: outDir,
      filename: mode === 'production' ? '[name].[contenthash:10].js' : '[name].js',
      chunkFilename: mode === 'production' ? '[name].[contenthash:10].js' : '[name].js',
      assetModuleFilename: '[name].[contenthash:10][ext]',
      publicPath: '',
      clean: { keep: /^(onsend\.js|mobile\.js|commands\.html|manifest\.xml|assets\/|nginx\.conf|_headers)/ },
    },
    module: {
      rules: [
        { test: /\.tsx?$/, loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        ...registryRules('pane'),
        CONFUSABLES_RULE,
        COMMON_WORDS_RULE,
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { officeJs: OFFICE_JS_CDN },
        scriptLoading: 'defer',
      }),
    ],
  };

  const events = {
    ...shared,
    name: 'events',
    target: ['web', 'es2016'],
    // The polyfills are their own entry, put in front of onsend.js once both are lowered to
    // ES2016 (PrependPolyfills): zod touches globalThis while its modules load, and esbuild's
    // lowering helpers take Object.getOwnPropertyDescriptors at the very top of the file.
    entry: { onsend: './src/onsend/index.ts', mobile: './src/mobile/index.ts', [POLYFILLS]: './src/onsend/polyfills.ts' },
    output: { path: outDir, filename: '[name].js', clean: false, publicPath: '' },
    // ES2016 is reached in one place, on the finished bundle: the esbuild minifier lowers all of
    // it, node_modules included (zod ships optional chaining, class fields, async), and turns
    // regex literals ES2016 cannot parse (\p{...} with the u flag) into `new RegExp(...)`.
    // Lowering per module instead would turn zod's regex constants into calls webpack cannot
    // prove pure, and every unused one would stay in the bundle. Modules are only stripped of
    // types here. test/onsend/bundle.test.ts parses the result as ES2016.
    module: {
      rules: [
        { test: /\.tsx?$/, loader: 'esbuild-loader', options: { loader: 'ts', target: 'es2022' } },
        ...registryRules('send'),
        CONFUSABLES_RULE,
        COMMON_WORDS_RULE,
      ],
    },
    optimization: {
      splitChunks: false,
      runtimeChunk: false,
      minimize: true,
      minimizer: [new EsbuildPlugin({ target: 'es2016', legalComments: 'none', minify: false }), '...'],
    },
    plugins: [
      new PrependPolyfills(),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/onsend/commands.html',
        // The phone's handler first: on a phone it is the one Outlook calls, and it is the smaller.
        chunks: ['mobile', 'onsend'],
        chunksSortMode: 'manual',
        templateParameters: { officeJs: OFFICE_JS_CDN },
        scriptLoading: 'blocking',
      }),
    ],
  };

  return [pane, events];
};
