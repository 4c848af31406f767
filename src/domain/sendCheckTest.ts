// The Send check's test mail (docs/admin.md, "Is the Send check running?"): a mail to this address
// is held with a reason that names the version and the registry that judged it, so an admin sees
// on any client, by pressing Send, that the check runs there and which build it is.
//
// Why this address: `.invalid` is reserved (RFC 2606, RFC 6761) and never resolves, so on a
// client where the check does not run the mail cannot reach anybody (the server returns it as
// undeliverable). Nobody writes to it by accident, and holding a mail can only ever stop it: the
// test adds a reason, it never lets anything through that the rules would stop.
export const SEND_CHECK_TEST_ADDRESS = 'verzendcontrole@test.invalid';

export function isSendCheckTestAddress(address: string): boolean {
  return address.trim().toLowerCase() === SEND_CHECK_TEST_ADDRESS;
}
