// The built-ins newer than ES2016 that the Send bundle uses, from core-js, one module each,
// installed only where the runtime lacks them (core-js checks first). Classic Outlook on Windows
// runs dist/onsend.js in an ES2016 JavaScript-only runtime; without these, zod throws while the
// bundle loads (globalThis, then Object.fromEntries for every z.enum) and no handler is
// registered, which in Block mode holds every mail of every user.
//
// The list is what the bundle calls, found by test/onsend/bundle.test.ts: it loads the built file
// in a context from which every post-ES2016 built-in is deleted, runs the whole case table there,
// and checks that every such built-in named in the bundle is one of these. core-js's own modules
// are ES5 and use nothing newer. This module is the bundle's first entry (webpack.config.js).
import 'core-js/modules/es.global-this';
import 'core-js/modules/es.object.values';
import 'core-js/modules/es.object.entries';
import 'core-js/modules/es.object.from-entries';
import 'core-js/modules/es.object.get-own-property-descriptors';
import 'core-js/modules/es.array.flat-map';
import 'core-js/modules/es.array.unscopables.flat-map';
