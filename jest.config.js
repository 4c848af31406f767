// Two projects: "unit" (Node, fast, includes the 7-Zip/bsdtar peer tests) and
// "browser" (headless Chromium against the built pane; needs a build in dist/ first:
// `npm run build:web`, the test build that scripts/test-all.ts makes too). Type checking is tsc's job, so ts-jest only transpiles.
const tsJest = [
  'ts-jest',
  {
    tsconfig: {
      module: 'commonjs',
      moduleResolution: 'node10',
      jsx: 'react-jsx',
      esModuleInterop: true,
      resolveJsonModule: true,
      target: 'ES2022',
    },
  },
];

const common = {
  // Tests judge with the fixture registry (test/fixtures/registry.json: two protocols kept as test
  // data), never with registry/protocols.json, which changes with every signed protocol. Run from
  // source, the shipped registry modules (src/domain/shippedCompact.ts, shippedRecords.ts) import
  // that file; here they get the fixture. The shipped file gets only the checks that hold for any
  // valid registry (test/registry/shipped.test.ts).
  moduleNameMapper: { '^(?:\\.\\./)+registry/protocols\\.json$': '<rootDir>/test/fixtures/registry.json' },
  // Unicode's confusables are reduced as the bundles reduce them (scripts/lib/confusables-loader.cjs).
  // The common words that are names are taken from @zxcvbn-ts/language-nl-be as the bundles take them (scripts/lib/common-words-loader.cjs).
  transform: {
    '^.+\\.tsx?$': tsJest,
    '[\\\\/]unhomoglyph[\\\\/]data\\.json$': '<rootDir>/scripts/lib/confusables-loader.cjs',
    '[\\\\/]src[\\\\/]domain[\\\\/]commonNameWords\\.json$': '<rootDir>/scripts/lib/common-words-loader.cjs',
  },
  transformIgnorePatterns: ['/node_modules/(?!unhomoglyph/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'json'],
  testEnvironment: 'node',
};

export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
      testPathIgnorePatterns: ['<rootDir>/test/browser/'],
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
    },
  ],
};
