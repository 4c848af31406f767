// The rules the pane needs once a municipality is chosen: the recipient rules (with the Send
// check's look-alike data: Unicode's confusables, punycode, edit distance), the final check and
// the client traces. In a chunk of their own, requested right after the first paint: the first
// screen, the municipality field, judges the location only (evaluateLocation), and these are
// about 19 KB gzipped it does not need.
export { acknowledge, buildTraces, evaluateReferral, evaluateSend, protocolWords, saltFrom } from '../../domain';
