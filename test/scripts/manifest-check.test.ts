// The offline manifest check, against the real manifest.xml and broken copies of it.
// Each broken copy is one string edit, so a failure points at exactly one mistake an
// engineer could make by hand.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkManifest, formatProblem, type CheckOptions, type Problem } from '../../scripts/lib/manifest-check';
import { PROJECT_WIRING } from '../../scripts/lib/project-wiring';
import { DEV_BASE } from '../../scripts/lib/release';

const root = path.resolve(__dirname, '../..');
const manifest = readFileSync(path.join(root, 'manifest.xml'), 'utf8');

function repoFile(relative: string): Uint8Array | undefined {
  try {
    return readFileSync(path.join(root, relative));
  } catch {
    return undefined;
  }
}

function check(xml: string, options: Partial<CheckOptions> = {}): Problem[] {
  return checkManifest(xml, { readFile: repoFile, expectedBase: DEV_BASE, ...PROJECT_WIRING, ...options });
}

/** Replaces the first `from` (after `after`, if given); fails if the manifest no longer has it. */
function edit(xml: string, from: string, to: string, after?: string): string {
  const start = after === undefined ? 0 : xml.indexOf(after);
  if (start < 0) throw new Error(`manifest.xml no longer contains ${after}`);
  const at = xml.indexOf(from, start);
  if (at < 0) throw new Error(`manifest.xml no longer contains ${from}`);
  return xml.slice(0, at) + to + xml.slice(at + from.length);
}

/** Removes `snippet` (first match after `after`) and inserts it before `before`. */
function move(xml: string, snippet: string, before: string, after?: string): string {
  const without = edit(xml, snippet, '', after);
  return edit(without, before, snippet + before, after);
}

const V1_1 = 'xsi:type="VersionOverridesV1_1"';
const MOBILE = '<MobileFormFactor>';

function expectProblem(problems: Problem[], element: string, message: string | RegExp): void {
  expect(problems).toContainEqual(
    expect.objectContaining({
      element: expect.stringContaining(element),
      message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message),
    }),
  );
}

describe('the committed manifest', () => {
  it('passes every check, with the dev server as its base', () => {
    expect(check(manifest).map((p) => formatProblem(p))).toEqual([]);
  });

  it('opens the task pane from a compose button whose id the Smart Alert can name (commandId)', () => {
    // Both VersionOverrides must carry the button: a 1.12+ client reads only V1_1.
    expect(manifest.match(/<Control xsi:type="Button" id="msgComposeOpenPaneButton">/g)).toHaveLength(2);
    expect(manifest).toMatch(/<LaunchEvent Type="OnMessageSend" FunctionName="onMessageSendHandler" SendMode="Block"\/>/);
  });
});

describe('broken copies fail, naming the element', () => {
  it('a resid that matches no resource', () => {
    const problems = check(edit(manifest, '<Label resid="TaskpaneButton.Label"/>', '<Label resid="TaskpaneButton.Lable"/>'));
    expectProblem(problems, '<Label resid="TaskpaneButton.Lable">', 'resid "TaskpaneButton.Lable" does not match any <bt:String (ShortStrings)>');
    expect(problems).toHaveLength(1);
  });

  it('a resid that names a resource of the wrong kind', () => {
    const problems = check(edit(manifest, '<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Icon.16x16"/>'));
    expectProblem(problems, '<SourceLocation resid="Icon.16x16">', 'the wrong kind');
  });

  it('a resid defined only in the other VersionOverrides', () => {
    // V1_0 does not define the runtime URLs; V1_1 resources do not leak into V1_0.
    const problems = check(edit(manifest, '<FunctionFile resid="Commands.Url"/>', '<FunctionFile resid="JSRuntime.Url"/>'));
    expectProblem(problems, '<FunctionFile resid="JSRuntime.Url">', 'does not match any <bt:Url>');
  });

  it('an icon file of the wrong pixel size', () => {
    const readFile = (p: string): Uint8Array | undefined => repoFile(p === 'assets/icon-32.png' ? 'assets/icon-16.png' : p);
    const problems = check(manifest, { readFile });
    expectProblem(problems, '<bt:Image id="Icon.32x32">', 'icon assets/icon-32.png is 16x16 px, expected 32x32 px');
  });

  it('IconUrl pointing at an icon of the wrong size (Outlook wants 64 and 128)', () => {
    const problems = check(edit(manifest, 'assets/icon-64.png', 'assets/icon-80.png'));
    expectProblem(problems, '<IconUrl>', 'is 80x80 px, expected 64x64 px');
  });

  it('a button image used at a size its file does not have', () => {
    const problems = check(edit(manifest, '<bt:Image size="80" resid="Icon.80x80"/>', '<bt:Image size="80" resid="Icon.32x32"/>'));
    expectProblem(problems, '<bt:Image id="Icon.32x32">', 'is used as 32 and 80 px');
  });

  it('a missing icon file', () => {
    const readFile = (p: string): Uint8Array | undefined => (p === 'assets/icon-80.png' ? undefined : repoFile(p));
    const problems = check(manifest, { readFile });
    expectProblem(problems, '<bt:Image id="Icon.80x80">', 'file assets/icon-80.png not found');
  });

  it('a file that is not a PNG', () => {
    const readFile = (p: string): Uint8Array | undefined => (p === 'assets/icon-16.png' ? Buffer.from('GIF89a') : repoFile(p));
    expectProblem(check(manifest, { readFile }), '<bt:Image id="Icon.16x16">', 'not a readable PNG');
  });

  it('OfficeApp children out of order', () => {
    const xml = move(manifest, '<SupportUrl DefaultValue="https://localhost:3000/assets/support.html"/>', '<IconUrl');
    expectProblem(check(xml), '<IconUrl>', '<IconUrl> is out of order: it must come before <SupportUrl>');
  });

  it('VersionOverrides children out of order (Requirements after Hosts)', () => {
    const start = manifest.indexOf('<Requirements>', manifest.indexOf(V1_1));
    const block = manifest.slice(start, manifest.indexOf('</Requirements>', start) + '</Requirements>'.length);
    const problems = check(move(manifest, block, '<Resources>', V1_1));
    expectProblem(problems, '<Requirements>', '<Requirements> is out of order: it must come before <Hosts>');
    expect(problems[0]?.path).toBe('OfficeApp/VersionOverrides[V1_0]/VersionOverrides[V1_1]/Requirements');
  });

  it('Runtimes after DesktopFormFactor in the MailHost', () => {
    const start = manifest.indexOf('<Runtimes>');
    const block = manifest.slice(start, manifest.indexOf('</Runtimes>') + '</Runtimes>'.length);
    const xml = move(manifest, block, '</Host>', V1_1);
    expectProblem(check(xml), '<Runtimes>', '<Runtimes> is out of order: it must come before <DesktopFormFactor>');
  });

  it('a LaunchEvent extension point with SourceLocation before LaunchEvents', () => {
    const xml = move(manifest, '<SourceLocation resid="WebViewRuntime.Url"/>', '<LaunchEvents>', V1_1);
    expectProblem(check(xml), '<LaunchEvents>', 'must come before <SourceLocation>');
  });

  it('an element that does not belong there', () => {
    const problems = check(edit(manifest, '<Permissions>', '<Dictionary/>\n  <Permissions>'));
    expectProblem(problems, '<Dictionary>', '<Dictionary> is not a valid child of <OfficeApp>');
  });

  it('an element given twice', () => {
    const problems = check(
      edit(manifest, '<Permissions>ReadWriteItem</Permissions>', '<Permissions>ReadWriteItem</Permissions><Permissions>ReadItem</Permissions>'),
    );
    expectProblem(problems, '<Permissions>', 'may occur only once');
  });

  it('a required element missing', () => {
    const problems = check(edit(manifest, '<Rule xsi:type="ItemIs" ItemType="Message" FormType="Edit"/>', ''));
    expectProblem(problems, '<OfficeApp', 'must contain <Rule>');
  });

  it('an http URL', () => {
    const problems = check(edit(manifest, 'https://localhost:3000/taskpane.html', 'http://localhost:3000/taskpane.html', '<bt:Urls>'));
    expectProblem(problems, '<bt:Url id="Taskpane.Url">', 'must use https');
  });

  it('a URL under another base', () => {
    const problems = check(edit(manifest, 'https://localhost:3000/assets/icon-16.png', 'https://cdn.example.org/icon-16.png'));
    expectProblem(problems, '<bt:Image id="Icon.16x16">', 'is not under the base https://localhost:3000/');
  });

  it('a SupportUrl elsewhere on the same host but outside the base folder', () => {
    const xml = edit(manifest, 'https://localhost:3000/taskpane.html', 'https://localhost:3000/app/taskpane.html');
    expectProblem(check(xml, { expectedBase: undefined }), '<SupportUrl>', 'is not under the base https://localhost:3000/app/');
  });

  it('an AppDomain for another site', () => {
    const problems = check(edit(manifest, '<AppDomain>https://localhost:3000</AppDomain>', '<AppDomain>https://evil.example.com</AppDomain>'));
    expectProblem(problems, '<AppDomain>', "is not the add-in's own origin");
  });

  it('an Id that is not a GUID', () => {
    const problems = check(edit(manifest, '<Id>a4304358-37b6-4dbf-94ab-e363678b076c</Id>', '<Id>a4304358-37b6-4dbf-94ab-e363678b076</Id>'));
    expectProblem(problems, '<Id>', 'is not a GUID');
  });

  it.each(['1.0.0', '1.0.0.0.0', '1.0.0.x', '1.0.0.70000'])('Version %s', (version) => {
    const problems = check(edit(manifest, '<Version>1.0.0.0</Version>', `<Version>${version}</Version>`));
    expectProblem(problems, '<Version>', 'is not four dot-separated numbers');
  });

  it('malformed XML', () => {
    const problems = check(edit(manifest, '</DisplayName>', ''));
    expect(problems).toEqual([expect.objectContaining({ element: '(document)', message: expect.stringContaining('not well-formed XML') })]);
  });

  it('a user-visible string without its English override', () => {
    const problems = check(edit(manifest, '<bt:Override Locale="en-US" Value="Prepare referral"/>', '', V1_1));
    expectProblem(problems, '<bt:String id="TaskpaneButton.Label">', 'has no en-US override');
  });

  it('a button label longer than a ShortString may be', () => {
    const problems = check(edit(manifest, 'DefaultValue="Doorverwijzing voorbereiden"', `DefaultValue="${'x'.repeat(126)}"`));
    expectProblem(problems, '<bt:String id="TaskpaneButton.Label">', 'allows at most 125');
  });
});

describe('Smart Alerts wiring', () => {
  it('the LaunchEvent without a FunctionName', () => {
    const problems = check(edit(manifest, 'FunctionName="onMessageSendHandler"', 'FunctionName=""'));
    expectProblem(problems, '<LaunchEvent Type="OnMessageSend">', 'FunctionName "" must name the JavaScript handler');
  });

  it('the Runtime without the JavaScript file for classic Outlook on Windows', () => {
    const problems = check(edit(manifest, '<Override type="javascript" resid="JSRuntime.Url"/>', ''));
    expectProblem(problems, '<Runtime resid="WebViewRuntime.Url">', 'Override type="javascript"');
  });

  it('the JavaScript runtime pointing at an HTML page', () => {
    const problems = check(edit(manifest, 'https://localhost:3000/onsend.js', 'https://localhost:3000/commands.html'));
    expectProblem(problems, '<Override resid="JSRuntime.Url">', 'must be a .js file');
  });

  it('the event pointing at a runtime that is not declared', () => {
    const problems = check(edit(manifest, '<SourceLocation resid="WebViewRuntime.Url"/>', '<SourceLocation resid="Commands.Url"/>', V1_1));
    expectProblem(problems, '<ExtensionPoint xsi:type="LaunchEvent">', 'must match a <Runtime resid="Commands.Url">');
  });

  it('V1_1 that does not require Mailbox 1.12 (older clients would lose the task pane)', () => {
    const problems = check(edit(manifest, '<bt:Sets DefaultMinVersion="1.12">', '<bt:Sets DefaultMinVersion="1.8">', V1_1));
    expectProblem(problems, '<ExtensionPoint xsi:type="LaunchEvent">', 'OnMessageSend needs Mailbox 1.12');
  });

  it('an unknown SendMode', () => {
    const problems = check(edit(manifest, 'SendMode="Block"', 'SendMode="Hard"'));
    expectProblem(problems, '<LaunchEvent Type="OnMessageSend">', 'SendMode must be one of PromptUser, SoftBlock, Block');
  });

  it('a LaunchEvent placed in VersionOverrides V1_0', () => {
    const launch = manifest.slice(manifest.indexOf('<ExtensionPoint xsi:type="LaunchEvent">'));
    const block = launch.slice(0, launch.indexOf('</ExtensionPoint>') + '</ExtensionPoint>'.length);
    const xml = edit(manifest, '</DesktopFormFactor>', `${block}</DesktopFormFactor>`);
    expectProblem(check(xml), '<ExtensionPoint xsi:type="LaunchEvent">', 'belongs in VersionOverridesV1_1');
  });
});

describe('the phone (MobileFormFactor)', () => {
  it('the committed manifest wires both phone events to the handler the code associates, on the same runtime page', () => {
    const mobile = manifest.slice(manifest.indexOf(MOBILE), manifest.indexOf('</MobileFormFactor>'));
    expect(mobile).toContain('<LaunchEvent Type="OnNewMessageCompose" FunctionName="onPhoneNewMessageCompose"/>');
    expect(mobile).toContain('<LaunchEvent Type="OnMessageRecipientsChanged" FunctionName="onPhoneRecipientsChanged"/>');
    expect(mobile).toContain('<SourceLocation resid="WebViewRuntime.Url"/>');
    // No task pane on a phone: it cannot read the attachment there.
    expect(mobile).not.toMatch(/CommandSurface|ShowTaskpane|FunctionFile/);
  });

  it('MobileFormFactor before DesktopFormFactor', () => {
    const block = manifest.slice(manifest.indexOf(MOBILE), manifest.indexOf('</MobileFormFactor>') + '</MobileFormFactor>'.length);
    const problems = check(move(manifest, block, '<DesktopFormFactor>', V1_1));
    expectProblem(problems, '<DesktopFormFactor>', 'out of order: it must come before <MobileFormFactor>');
  });

  it('MobileFormFactor in VersionOverrides V1_0 (it is defined in V1_1 only)', () => {
    const block = manifest.slice(manifest.indexOf(MOBILE), manifest.indexOf('</MobileFormFactor>') + '</MobileFormFactor>'.length);
    const problems = check(edit(manifest, '</DesktopFormFactor>', `</DesktopFormFactor>${block}`));
    expectProblem(problems, '<MobileFormFactor>', 'is not a valid child of <Host>');
  });

  it('a FunctionFile after the extension point', () => {
    const problems = check(edit(manifest, '</MobileFormFactor>', '<FunctionFile resid="Commands.Url"/></MobileFormFactor>'));
    expectProblem(problems, '<FunctionFile resid="Commands.Url">', 'out of order');
  });

  it('a MobileFormFactor without an extension point', () => {
    const block = manifest.slice(manifest.indexOf(MOBILE) + MOBILE.length, manifest.indexOf('</MobileFormFactor>'));
    const problems = check(edit(manifest, block, ''));
    expectProblem(problems, '<MobileFormFactor>', 'must contain <ExtensionPoint>');
  });

  it('the task pane button offered on the phone', () => {
    const problems = check(
      edit(
        manifest,
        MOBILE,
        `${MOBILE}<ExtensionPoint xsi:type="MessageComposeCommandSurface"><OfficeTab id="TabDefault"><Group id="g"><Label resid="Group.Label"/><Control xsi:type="Button" id="b"><Label resid="TaskpaneButton.Label"/><Supertip><Title resid="TaskpaneButton.Title"/><Description resid="TaskpaneButton.Tooltip"/></Supertip><Icon><bt:Image size="16" resid="Icon.16x16"/><bt:Image size="32" resid="Icon.32x32"/><bt:Image size="80" resid="Icon.80x80"/></Icon><Action xsi:type="ShowTaskpane"><SourceLocation resid="Taskpane.Url"/></Action></Control></Group></OfficeTab></ExtensionPoint>`,
      ),
    );
    expectProblem(problems, '<ExtensionPoint xsi:type="MessageComposeCommandSurface">', 'is not a MobileFormFactor extension point');
  });

  it('Smart Alerts declared for the phone', () => {
    const problems = check(
      edit(
        manifest,
        'Type="OnNewMessageCompose" FunctionName="onPhoneNewMessageCompose"',
        'Type="OnMessageSend" FunctionName="onPhoneNewMessageCompose"',
        MOBILE,
      ),
    );
    expectProblem(problems, '<LaunchEvent Type="OnMessageSend">', 'does not run in Outlook on iOS and Android');
  });

  it('an event phones do not activate add-ins for', () => {
    const problems = check(edit(manifest, 'Type="OnNewMessageCompose"', 'Type="OnMessageAttachmentsChanged"', MOBILE));
    expectProblem(problems, '<LaunchEvent Type="OnMessageAttachmentsChanged">', 'is not an event Outlook on iOS and Android activates add-ins for');
  });

  it('a FunctionName that is not the one the code associates', () => {
    const problems = check(edit(manifest, 'FunctionName="onPhoneRecipientsChanged"', 'FunctionName="onRecipientsChanged"'));
    expectProblem(
      problems,
      '<LaunchEvent Type="OnMessageRecipientsChanged">',
      'is not the name the code associates for OnMessageRecipientsChanged: "onPhoneRecipientsChanged"',
    );
  });

  it('an event the code handles but the manifest does not wire', () => {
    const problems = check(edit(manifest, '<LaunchEvent Type="OnNewMessageCompose" FunctionName="onPhoneNewMessageCompose"/>', ''));
    expectProblem(problems, 'VersionOverrides', 'the code handles OnNewMessageCompose in MobileFormFactor (function onPhoneNewMessageCompose)');
  });

  it('the Send check wired to another name than the code associates', () => {
    const problems = check(edit(manifest, 'FunctionName="onMessageSendHandler"', 'FunctionName="onSend"'));
    expectProblem(problems, '<LaunchEvent Type="OnMessageSend">', '"onMessageSendHandler"');
  });

  it('the phone event pointing at another page than the runtime', () => {
    const problems = check(edit(manifest, '<SourceLocation resid="WebViewRuntime.Url"/>', '<SourceLocation resid="Commands.Url"/>', MOBILE));
    expectProblem(problems, '<ExtensionPoint xsi:type="LaunchEvent">', 'must match a <Runtime resid="Commands.Url">');
  });

  it('the phone event naming a URL resource that does not exist', () => {
    const problems = check(edit(manifest, '<SourceLocation resid="WebViewRuntime.Url"/>', '<SourceLocation resid="PhoneRuntime.Url"/>', MOBILE));
    expectProblem(problems, '<SourceLocation resid="PhoneRuntime.Url">', 'resid "PhoneRuntime.Url" does not match any <bt:Url>');
  });

  it('a V1_1 that requires no Mailbox set for the phone events', () => {
    const problems = check(edit(manifest, '<bt:Sets DefaultMinVersion="1.12">', '<bt:Sets DefaultMinVersion="1.4">', V1_1));
    expectProblem(problems, '<ExtensionPoint xsi:type="LaunchEvent">', 'a mobile launch event needs its VersionOverridesV1_1 to require Mailbox 1.5');
  });

  it('the notice icon the code names missing from the resources', () => {
    const problems = check(manifest, { noticeIcons: ['Icon.25x25'] });
    expectProblem(problems, 'VersionOverrides', 'the phone\'s notice names the icon "Icon.25x25"');
  });
});

describe('a release manifest (--built)', () => {
  const released = manifest.split(DEV_BASE).join('https://addin.example.org/vd/').replace('https://localhost:3000<', 'https://addin.example.org<');
  const page =
    '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script src="mobile.js"></script><script src="onsend.js"></script>';
  const built = new Map<string, string>([
    ['taskpane.html', 'built'],
    ['commands.html', page],
    ['onsend.js', 'built'],
    ['mobile.js', 'built'],
  ]);
  const distFile = (p: string): Uint8Array | undefined => (built.has(p) ? Buffer.from(built.get(p) ?? '') : repoFile(p));

  it('fails when the runtime page loads a handler that was not built (a silent phone)', () => {
    const readFile = (p: string): Uint8Array | undefined => (p === 'mobile.js' ? undefined : distFile(p));
    const problems = check(released, { readFile, built: true });
    expectProblem(problems, '<Runtime resid="WebViewRuntime.Url">', 'the runtime page commands.html loads mobile.js, which is not there');
  });

  it('fails when the runtime page loads a script from outside the base, or none of ours', () => {
    const elsewhere = (html: string) => (p: string) => (p === 'commands.html' ? Buffer.from(html) : distFile(p));
    expectProblem(
      check(released, { readFile: elsewhere(page.replace('src="mobile.js"', 'src="../mobile.js"')), built: true }),
      '<Runtime resid="WebViewRuntime.Url">',
      'loads "../mobile.js", which is not under the base',
    );
    expectProblem(
      check(released, { readFile: elsewhere('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>'), built: true }),
      '<Runtime resid="WebViewRuntime.Url">',
      'loads no script from https://addin.example.org/vd/',
    );
  });

  it('passes when every URL is a file of the release', () => {
    expect(check(released, { readFile: distFile, built: true, expectedBase: 'https://addin.example.org/vd/' })).toEqual([]);
  });

  it('fails when a page the manifest names was not built', () => {
    const readFile = (p: string): Uint8Array | undefined => (p === 'onsend.js' ? undefined : distFile(p));
    const problems = check(released, { readFile, built: true });
    expectProblem(problems, '<bt:Url id="JSRuntime.Url">', 'file onsend.js not found');
  });

  it('fails when it still points at localhost', () => {
    const problems = check(manifest, { readFile: distFile, built: true, expectedBase: undefined });
    expectProblem(problems, '<SourceLocation>', 'points at this machine');
  });

  it('fails when its base is not the one the build was asked for', () => {
    const problems = check(released, { readFile: distFile, built: true, expectedBase: 'https://other.example.org/' });
    expectProblem(problems, '<SourceLocation>', 'expected the base https://other.example.org/');
  });
});

describe('npm run validate', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'manifest-'));
    cpSync(path.join(root, 'assets'), path.join(dir, 'assets'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const validate = (...args: string[]): { status: number | null; out: string } => {
    const r = spawnSync('npx', ['--no-install', 'tsx', 'scripts/validate-manifest.ts', ...args], { cwd: root, encoding: 'utf8' });
    return { status: r.status, out: r.stdout + r.stderr };
  };

  it('accepts the committed manifest', () => {
    const r = validate();
    expect(r.out).toContain('manifest.xml: OK');
    expect(r.status).toBe(0);
  });

  it('exits non-zero on a broken copy, naming the element and its line', () => {
    const broken = edit(manifest, '<Label resid="Group.Label"/>', '<Label resid="Group.Gone"/>');
    const file = path.join(dir, 'manifest.xml');
    writeFileSync(file, broken);
    const line = broken.slice(0, broken.indexOf('Group.Gone')).split('\n').length;
    const r = validate(file);
    expect(r.status).toBe(1);
    expect(r.out).toContain(`${file}:${line}: <Label resid="Group.Gone">`);
    expect(r.out).toContain('1 problem');
  });
});
