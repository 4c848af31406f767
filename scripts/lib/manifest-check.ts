// The project's own offline check of the XML add-in-only manifest (MailApp).
//
// Microsoft's validator (`office-addin-manifest validate`) posts the manifest to a web
// service, so it cannot be the only gate: this module checks, without a network, what makes
// Outlook refuse or silently mis-load an add-in: element order (Outlook validates against
// Microsoft's XSDs and rejects an out-of-order element), dangling resource ids, URLs outside
// the hosting base, icons of the wrong size, and the wiring Smart Alerts need.
//
// Pure: it gets the XML text and a function that reads a file by its path relative to the
// base URL (the CLI maps that to the folder of the manifest), and returns problems. The
// element order comes from Microsoft's "How to find the proper order of manifest elements"
// and the MS-OWEMXML schema (VersionOverridesV1_0/V1_1, MailHost, Runtimes, LaunchEvent).
import { DOMParser, type Element } from '@xmldom/xmldom';
import { PNG } from 'pngjs';

export type Problem = {
  /** The element as written in the file, e.g. `<bt:Image id="Icon.16x16">`. */
  element: string;
  /** Where it sits, e.g. `OfficeApp/VersionOverrides[V1_0]/Resources/Images`. */
  path: string;
  /** 1-based line in the manifest, when known. */
  line?: number;
  message: string;
};

/** Reads a file by its path relative to the base URL (`assets/icon-16.png`); undefined if absent. */
export type ReadFile = (relativePath: string) => Uint8Array | undefined;

export type CheckOptions = {
  readFile: ReadFile;
  /** When given, the base (folder of the task pane's SourceLocation) must be exactly this. */
  expectedBase?: string;
  /**
   * A release manifest: every URL under the base must be a file that exists (not only the
   * ones under assets/), no URL may point at this machine, and every script a launch event's
   * runtime page loads must be a file under the base.
   */
  built?: boolean;
  /**
   * The launch-event handlers the code associates, per form factor: event Type -> FunctionName.
   * When given, every LaunchEvent of that form factor must name exactly that function, and every
   * event the code handles must be wired in the manifest.
   */
  handlers?: Partial<Record<FormFactor, Readonly<Record<string, string>>>>;
  /**
   * The <bt:Image> ids the code names as the icon of a notice (NotificationMessageDetails.icon):
   * each must be an image of every VersionOverrides V1_1 that has a mobile launch event.
   */
  noticeIcons?: readonly string[];
};

export type FormFactor = 'DesktopFormFactor' | 'MobileFormFactor';

const NS_OFFICEAPP = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const NS_XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const NS_VO: Record<string, string> = {
  VersionOverridesV1_0: 'http://schemas.microsoft.com/office/mailappversionoverrides',
  VersionOverridesV1_1: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/;
const JS_IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const MAX_RESID = 32;
const MAX_SHORT_STRING = 125;
const MAX_LONG_STRING = 250;

/** Outlook's documented sizes for the icons of the add-in itself (not the ribbon). */
const ICON_URL_SIZE = 64;
const HIGH_RES_ICON_URL_SIZE = 128;
/** A ribbon button's <Icon> must offer these sizes. */
const REQUIRED_BUTTON_ICON_SIZES = [16, 32, 80];

const SEND_EVENTS = new Set(['OnMessageSend', 'OnAppointmentSend']);
/**
 * The events Outlook on Android and iOS supports for event-based activation (Microsoft:
 * "Implement event-based activation in Outlook mobile add-ins", supported events and clients).
 */
const MOBILE_LAUNCH_EVENTS = new Set(['OnNewMessageCompose', 'OnMessageRecipientsChanged', 'OnMessageFromChanged']);
/** The Mailbox set of VersionOverrides 1.1 (the schema MobileFormFactor is defined in), and Microsoft's mobile sample's. */
const MOBILE_MIN_MAILBOX = '1.5';
/** Extension points of a MobileFormFactor (Microsoft: ExtensionPoint element; add-in commands on mobile). */
const MOBILE_EXTENSION_POINTS = new Set([
  'LaunchEvent',
  'MobileMessageReadCommandSurface',
  'MobileOnlineMeetingCommandSurface',
  'MobileLogEventAppointmentAttendee',
]);
const SEND_MODES = new Set(['PromptUser', 'SoftBlock', 'Block']);
/** Smart Alerts (OnMessageSend) arrived in Mailbox 1.12. */
const SMART_ALERTS_MIN_MAILBOX = '1.12';
const LAUNCH_EVENT_TYPES = new Set([
  'OnNewMessageCompose',
  'OnNewAppointmentOrganizer',
  'OnMessageAttachmentsChanged',
  'OnAppointmentAttachmentsChanged',
  'OnMessageRecipientsChanged',
  'OnAppointmentAttendeesChanged',
  'OnAppointmentTimeChanged',
  'OnAppointmentRecurrenceChanged',
  'OnInfoBarDismissClicked',
  'OnMessageSend',
  'OnAppointmentSend',
  'OnMessageCompose',
  'OnAppointmentOrganizer',
  'OnMessageFromChanged',
  'OnAppointmentFromChanged',
  'OnSensitivityLabelChanged',
  'OnMessageReadWithCustomAttachment',
  'OnMessageReadWithCustomHeader',
  'OnMessageRead',
]);
const COMMAND_SURFACES = new Set([
  'MessageReadCommandSurface',
  'MessageComposeCommandSurface',
  'AppointmentOrganizerCommandSurface',
  'AppointmentAttendeeCommandSurface',
]);
/** Extension points this check knows to exist but does not model in detail. */
const OTHER_EXTENSION_POINTS = new Set([
  'CustomPane',
  'DetectedEntity',
  'Events',
  'Module',
  'MobileMessageReadCommandSurface',
  'MobileOnlineMeetingCommandSurface',
  'MobileLogEventAppointmentAttendee',
  'LaunchEvent',
]);

// ---------------------------------------------------------------------------------------
// Element order: a tree of the allowed children of each element, in schema order.

type Spec = {
  /** Allowed child elements (local names) in the order the schema's xs:sequence gives. */
  readonly order: readonly string[];
  readonly required?: readonly string[];
  /** Children that may occur more than once; any other child may occur at most once. */
  readonly repeat?: readonly string[];
  /** How to check each child's own children; a missing entry means "not modelled". */
  readonly child?: Readonly<Record<string, SpecRef | undefined>>;
};
type SpecRef = Spec | ((el: Element) => Spec | undefined);

const leaf: Spec = { order: [] };
const localized: Spec = { order: ['Override'], repeat: ['Override'], child: { Override: leaf } };
const list = (name: string, item: SpecRef = leaf, required = false): Spec => ({
  order: [name],
  repeat: [name],
  required: required ? [name] : [],
  child: { [name]: item },
});

const voRequirements: Spec = { order: ['Sets'], required: ['Sets'], child: { Sets: list('Set', leaf, true) } };
const icon: Spec = list('Image', leaf, true);
const action: Spec = {
  order: ['TaskpaneId', 'SourceLocation', 'Title', 'FunctionName', 'SupportsPinning', 'SupportsNoItemContext', 'SupportsMultiSelect'],
  child: {
    TaskpaneId: leaf,
    SourceLocation: leaf,
    Title: leaf,
    FunctionName: leaf,
    SupportsPinning: leaf,
    SupportsNoItemContext: leaf,
    SupportsMultiSelect: leaf,
  },
};
const control: Spec = {
  order: ['Label', 'Supertip', 'Icon', 'Action', 'Enabled', 'Items'],
  required: ['Label', 'Supertip', 'Icon'],
  child: {
    Label: leaf,
    Supertip: { order: ['Title', 'Description'], required: ['Title', 'Description'], child: { Title: leaf, Description: leaf } },
    Icon: icon,
    Action: action,
    Enabled: leaf,
  },
};
const group: Spec = {
  order: ['Label', 'Tooltip', 'Icon', 'Control'],
  required: ['Label', 'Control'],
  repeat: ['Control'],
  child: { Label: leaf, Tooltip: leaf, Icon: icon, Control: control },
};
const commandSurface: Spec = {
  order: ['OfficeTab', 'CustomTab'],
  child: {
    OfficeTab: list('Group', group, true),
    CustomTab: {
      order: ['Group', 'Label', 'InsertAfter', 'InsertBefore'],
      repeat: ['Group'],
      child: { Group: group, Label: leaf, InsertAfter: leaf, InsertBefore: leaf },
    },
  },
};
const launchEventPoint: Spec = {
  order: ['LaunchEvents', 'SourceLocation'],
  required: ['LaunchEvents', 'SourceLocation'],
  child: {
    LaunchEvents: list('LaunchEvent', { order: ['MessageAttachments'], child: { MessageAttachments: undefined } }, true),
    SourceLocation: leaf,
  },
};
const extensionPoint = (el: Element): Spec | undefined => {
  const type = xsiType(el);
  if (COMMAND_SURFACES.has(type)) return commandSurface;
  if (type === 'LaunchEvent') return launchEventPoint;
  return undefined;
};
const mobileExtensionPoint = (el: Element): Spec | undefined => (xsiType(el) === 'LaunchEvent' ? launchEventPoint : undefined);
/** MobileFormFactor: an optional FunctionFile, then one or more extension points (Microsoft's element ordering). */
const mobileFormFactor: Spec = {
  order: ['FunctionFile', 'ExtensionPoint'],
  required: ['ExtensionPoint'],
  repeat: ['ExtensionPoint'],
  child: { FunctionFile: leaf, ExtensionPoint: mobileExtensionPoint },
};
const desktopFormFactor = (withSharedFolders: boolean): Spec => ({
  order: [...(withSharedFolders ? ['SupportsSharedFolders'] : []), 'FunctionFile', 'ExtensionPoint'],
  required: ['ExtensionPoint'],
  repeat: ['ExtensionPoint'],
  child: { SupportsSharedFolders: leaf, FunctionFile: leaf, ExtensionPoint: extensionPoint },
});
const resources: Spec = {
  order: ['Images', 'Urls', 'ShortStrings', 'LongStrings'],
  child: {
    Images: list('Image', localized),
    Urls: list('Url', localized),
    ShortStrings: list('String', localized),
    LongStrings: list('String', localized),
  },
};
const voV1_1: Spec = {
  order: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins', 'ConnectedServiceControls', 'ExtendedPermissions'],
  required: ['Hosts', 'Resources'],
  child: {
    Description: leaf,
    Requirements: voRequirements,
    Hosts: list(
      'Host',
      {
        order: ['Runtimes', 'DesktopFormFactor', 'MobileFormFactor'],
        child: {
          Runtimes: list('Runtime', { order: ['Override'], repeat: ['Override'], child: { Override: leaf } }, true),
          DesktopFormFactor: desktopFormFactor(true),
          MobileFormFactor: mobileFormFactor,
        },
      },
      true,
    ),
    Resources: resources,
    WebApplicationInfo: { order: ['Id', 'Resource', 'Scopes'], child: { Id: leaf, Resource: leaf, Scopes: list('Scope') } },
    EquivalentAddins: undefined,
    ConnectedServiceControls: undefined,
    ExtendedPermissions: list('ExtendedPermission'),
  },
};
const voV1_0: Spec = {
  order: ['Description', 'Requirements', 'Hosts', 'Resources', 'VersionOverrides'],
  child: {
    Description: leaf,
    Requirements: voRequirements,
    Hosts: list('Host', { order: ['DesktopFormFactor'], child: { DesktopFormFactor: desktopFormFactor(false) } }, true),
    Resources: resources,
    VersionOverrides: (el) => (xsiType(el) === 'VersionOverridesV1_1' ? voV1_1 : undefined),
  },
};
const mailApp: Spec = {
  order: [
    'Id',
    'AlternateId',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'HighResolutionIconUrl',
    'SupportUrl',
    'AppDomains',
    'Hosts',
    'Requirements',
    'FormSettings',
    'Permissions',
    'Rule',
    'DisableEntityHighlighting',
    'VersionOverrides',
  ],
  required: ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'Requirements', 'FormSettings', 'Permissions', 'Rule'],
  child: {
    Id: leaf,
    AlternateId: leaf,
    Version: leaf,
    ProviderName: leaf,
    DefaultLocale: leaf,
    DisplayName: localized,
    Description: localized,
    IconUrl: localized,
    HighResolutionIconUrl: localized,
    SupportUrl: localized,
    AppDomains: list('AppDomain'),
    Hosts: list('Host', leaf, true),
    Requirements: { order: ['Sets'], required: ['Sets'], child: { Sets: list('Set', leaf, true) } },
    FormSettings: list(
      'Form',
      {
        order: ['DesktopSettings', 'TabletSettings', 'PhoneSettings'],
        child: {
          DesktopSettings: {
            order: ['SourceLocation', 'RequestedHeight'],
            required: ['SourceLocation'],
            child: { SourceLocation: localized, RequestedHeight: leaf },
          },
          TabletSettings: {
            order: ['SourceLocation', 'RequestedHeight'],
            required: ['SourceLocation'],
            child: { SourceLocation: localized, RequestedHeight: leaf },
          },
          PhoneSettings: { order: ['SourceLocation'], required: ['SourceLocation'], child: { SourceLocation: localized } },
        },
      },
      true,
    ),
    Permissions: leaf,
    Rule: undefined,
    DisableEntityHighlighting: leaf,
    VersionOverrides: (el) => (xsiType(el) === 'VersionOverridesV1_0' ? voV1_0 : undefined),
  },
};

// ---------------------------------------------------------------------------------------
// DOM helpers

const ELEMENT_NODE = 1;

function name(el: Element): string {
  return el.localName ?? el.nodeName;
}

function xsiType(el: Element): string {
  const raw = el.getAttributeNS(NS_XSI, 'type') ?? el.getAttribute('xsi:type') ?? '';
  return raw.includes(':') ? raw.slice(raw.indexOf(':') + 1) : raw;
}

function children(el: Element, local?: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE && (local === undefined || name(n as Element) === local)) out.push(n as Element);
  }
  return out;
}

function descendants(el: Element, local?: string): Element[] {
  const out: Element[] = [];
  const walk = (e: Element): void => {
    for (const c of children(e)) {
      if (local === undefined || name(c) === local) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let p = el.parentNode; p && p.nodeType === ELEMENT_NODE; p = p.parentNode) out.push(p as Element);
  return out;
}

/** The nearest enclosing VersionOverrides, or undefined for the base manifest. */
function versionOverridesOf(el: Element): Element | undefined {
  return ancestors(el).find((a) => name(a) === 'VersionOverrides');
}

/** Elements that belong to this VersionOverrides itself, not to one nested inside it. */
function ownDescendants(vo: Element, local?: string): Element[] {
  return descendants(vo, local).filter((e) => versionOverridesOf(e) === vo);
}

function attr(el: Element, a: string): string | undefined {
  return el.hasAttribute(a) ? (el.getAttribute(a) ?? '') : undefined;
}

function tag(el: Element): string {
  const shown = ['xsi:type', 'id', 'resid', 'Name', 'Type', 'size', 'Locale'].filter((a) => el.hasAttribute(a)).map((a) => `${a}="${el.getAttribute(a)}"`);
  return `<${[el.nodeName, ...shown].join(' ')}>`;
}

function pathOf(el: Element): string {
  return [...ancestors(el).reverse(), el]
    .map((e) => {
      const type = xsiType(e);
      if (name(e) === 'VersionOverrides') return `VersionOverrides[${type.replace('VersionOverrides', '')}]`;
      if (name(e) === 'ExtensionPoint') return `ExtensionPoint[${type}]`;
      return name(e);
    })
    .join('/');
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------

class Problems {
  readonly list: Problem[] = [];
  add(el: Element, message: string): void {
    // xmldom's lineNumber is 1-based in practice for elements.
    this.list.push({ element: tag(el), path: pathOf(el), ...(el.lineNumber ? { line: el.lineNumber } : {}), message });
  }
}

export function formatProblem(p: Problem, file = 'manifest'): string {
  return `${file}${p.line ? `:${p.line}` : ''}: ${p.element} (${p.path}): ${p.message}`;
}

function parse(xml: string): { root: Element } | { error: string } {
  let first: string | undefined;
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level === 'warning') return;
        first ??= message;
        throw new Error(message);
      },
    }).parseFromString(xml, 'text/xml');
    const root = doc.documentElement;
    if (!root) return { error: 'no root element' };
    return { root };
  } catch (e) {
    return { error: first ?? (e instanceof Error ? e.message : String(e)) };
  }
}

export function checkManifest(xml: string, options: CheckOptions): Problem[] {
  const parsed = parse(xml);
  if ('error' in parsed) {
    return [{ element: '(document)', path: '', message: `not well-formed XML: ${parsed.error.split('\n')[0]}` }];
  }
  const root = parsed.root;
  const problems = new Problems();

  if (name(root) !== 'OfficeApp' || root.namespaceURI !== NS_OFFICEAPP) {
    problems.add(root, `the root must be <OfficeApp xmlns="${NS_OFFICEAPP}">`);
    return problems.list;
  }
  if (xsiType(root) !== 'MailApp') {
    problems.add(root, `xsi:type must be "MailApp" (an Outlook add-in), not "${xsiType(root)}"`);
    return problems.list;
  }

  checkStructure(root, mailApp, problems);
  checkIdentity(root, problems);
  for (const vo of descendants(root, 'VersionOverrides')) checkVersionOverrides(vo, problems, options);
  checkLocales(root, problems);
  const base = checkUrls(root, options, problems);
  if (base) checkIcons(root, base, options, problems);
  if (base && options.built) checkRuntimePages(root, base, options, problems);
  return problems.list;
}

function checkStructure(el: Element, spec: Spec, problems: Problems): void {
  const counts = new Map<string, number>();
  const seen: Array<{ el: Element; index: number }> = [];
  let last: { el: Element; index: number } | undefined;
  for (const c of children(el)) {
    const n = name(c);
    const index = spec.order.indexOf(n);
    if (index < 0) {
      problems.add(
        c,
        spec.order.length
          ? `<${n}> is not a valid child of <${name(el)}> (allowed, in this order: ${spec.order.join(', ')})`
          : `<${name(el)}> takes no child elements`,
      );
      continue;
    }
    if (last && index < last.index) {
      // Name the first sibling it must precede, not merely the last one seen.
      const first = seen.find((x) => x.index > index) ?? last;
      problems.add(c, `<${n}> is out of order: it must come before <${name(first.el)}> (order: ${spec.order.join(', ')})`);
    } else {
      last = { el: c, index };
      seen.push(last);
    }
    const count = (counts.get(n) ?? 0) + 1;
    counts.set(n, count);
    if (count === 2 && !spec.repeat?.includes(n)) problems.add(c, `<${n}> may occur only once in <${name(el)}>`);

    const ref = spec.child?.[n];
    const childSpec = typeof ref === 'function' ? ref(c) : ref;
    if (childSpec) checkStructure(c, childSpec, problems);
  }
  for (const r of spec.required ?? []) {
    if (!counts.has(r)) problems.add(el, `<${name(el)}> must contain <${r}>`);
  }
}

function checkIdentity(root: Element, problems: Problems): void {
  const id = children(root, 'Id')[0];
  if (id && !GUID.test((id.textContent ?? '').trim())) {
    problems.add(id, `"${(id.textContent ?? '').trim()}" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`);
  }
  const version = children(root, 'Version')[0];
  if (version) {
    const v = (version.textContent ?? '').trim();
    const m = VERSION.exec(v);
    if (!m || m.slice(1).some((part) => Number(part) > 65535)) {
      problems.add(version, `"${v}" is not four dot-separated numbers (0-65535), e.g. 1.0.0.0`);
    }
  }
  const permissions = children(root, 'Permissions')[0];
  const allowed = ['Restricted', 'ReadItem', 'ReadWriteItem', 'ReadWriteMailbox'];
  if (permissions && !allowed.includes((permissions.textContent ?? '').trim())) {
    problems.add(permissions, `must be one of ${allowed.join(', ')}`);
  }
  for (const vo of descendants(root, 'VersionOverrides')) {
    const type = xsiType(vo);
    const expectedNs = NS_VO[type];
    if (!expectedNs) {
      problems.add(vo, `xsi:type must be VersionOverridesV1_0 (under OfficeApp) or VersionOverridesV1_1 (nested in V1_0)`);
      continue;
    }
    if (vo.namespaceURI !== expectedNs) problems.add(vo, `${type} must use xmlns="${expectedNs}"`);
    const parentName = vo.parentNode ? name(vo.parentNode as Element) : '';
    const parentType = vo.parentNode ? xsiType(vo.parentNode as Element) : '';
    if (type === 'VersionOverridesV1_0' && parentName !== 'OfficeApp') problems.add(vo, 'VersionOverridesV1_0 belongs directly under <OfficeApp>');
    if (type === 'VersionOverridesV1_1' && parentType !== 'VersionOverridesV1_0')
      problems.add(vo, 'VersionOverridesV1_1 belongs at the end of VersionOverridesV1_0');
  }
}

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';
const RESOURCE_ELEMENT: Record<ResourceKind, string> = {
  Images: 'bt:Image',
  Urls: 'bt:Url',
  ShortStrings: 'bt:String (ShortStrings)',
  LongStrings: 'bt:String (LongStrings)',
};

function resourcesOf(vo: Element, problems: Problems): Map<ResourceKind, Map<string, Element>> {
  const out = new Map<ResourceKind, Map<string, Element>>();
  const res = children(vo, 'Resources')[0];
  for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings'] as const) {
    const byId = new Map<string, Element>();
    out.set(kind, byId);
    const group = res ? children(res, kind)[0] : undefined;
    if (!group) continue;
    for (const item of children(group)) {
      const id = attr(item, 'id');
      if (!id) {
        problems.add(item, 'a resource needs an id');
        continue;
      }
      if (byId.has(id)) problems.add(item, `duplicate resource id "${id}" in <${group.nodeName}>`);
      byId.set(id, item);
      if (id.length > MAX_RESID) problems.add(item, `id "${id}" is longer than ${MAX_RESID} characters`);
      const value = attr(item, 'DefaultValue');
      if (value === undefined || value === '') problems.add(item, 'needs a DefaultValue');
      const max = kind === 'ShortStrings' ? MAX_SHORT_STRING : kind === 'LongStrings' ? MAX_LONG_STRING : undefined;
      if (max) {
        for (const text of [value ?? '', ...children(item, 'Override').map((o) => attr(o, 'Value') ?? '')]) {
          if (text.length > max) problems.add(item, `text is ${text.length} characters; <${group.nodeName}> allows at most ${max}`);
        }
      }
    }
  }
  return out;
}

/** Which kind of resource a resid on this element must name. */
function residKind(el: Element): ResourceKind[] {
  const parent = el.parentNode ? name(el.parentNode as Element) : '';
  switch (name(el)) {
    case 'Image':
      return ['Images'];
    case 'SourceLocation':
    case 'FunctionFile':
    case 'Runtime':
    case 'LearnMoreUrl':
      return ['Urls'];
    case 'Override':
      return parent === 'Runtime' ? ['Urls'] : ['Images', 'Urls', 'ShortStrings', 'LongStrings'];
    case 'Label':
    case 'Title':
    case 'Tooltip':
      return ['ShortStrings'];
    case 'Description':
      return parent === 'Supertip' ? ['LongStrings'] : ['LongStrings', 'ShortStrings'];
    default:
      return ['Images', 'Urls', 'ShortStrings', 'LongStrings'];
  }
}

function checkVersionOverrides(vo: Element, problems: Problems, options: CheckOptions): void {
  if (!NS_VO[xsiType(vo)]) return;
  const resources = resourcesOf(vo, problems);
  const lookup = (el: Element, resid: string, kinds: ResourceKind[]): Element | undefined => {
    for (const kind of kinds) {
      const found = resources.get(kind)?.get(resid);
      if (found) return found;
    }
    const elsewhere = (['Images', 'Urls', 'ShortStrings', 'LongStrings'] as const).find((k) => resources.get(k)?.has(resid));
    const wanted = kinds.map((k) => `<${RESOURCE_ELEMENT[k]}>`).join(' or ');
    problems.add(
      el,
      `resid "${resid}" does not match any ${wanted} in the <Resources> of this VersionOverrides` +
        (elsewhere ? ` (there is a <${RESOURCE_ELEMENT[elsewhere]}> with that id, the wrong kind)` : ''),
    );
    return undefined;
  };

  for (const el of ownDescendants(vo)) {
    const resid = attr(el, 'resid');
    if (resid === undefined) continue;
    if (resid.length > MAX_RESID) problems.add(el, `resid "${resid}" is longer than ${MAX_RESID} characters`);
    lookup(el, resid, residKind(el));
  }

  // Ribbon ids must be unique within one VersionOverrides (V1_0 and V1_1 are alternatives).
  const ids = new Map<string, Element>();
  for (const el of ownDescendants(vo).filter((e) => ['OfficeTab', 'CustomTab', 'Group', 'Control'].includes(name(e)))) {
    const id = attr(el, 'id');
    if (!id) {
      if (name(el) !== 'OfficeTab') problems.add(el, `<${name(el)}> needs an id`);
      continue;
    }
    if (ids.has(id) && name(el) !== 'OfficeTab') problems.add(el, `id "${id}" is used twice in this VersionOverrides`);
    ids.set(id, el);
  }

  for (const a of ownDescendants(vo, 'Action')) {
    const type = xsiType(a);
    if (type === 'ShowTaskpane' && children(a, 'SourceLocation').length === 0) problems.add(a, 'a ShowTaskpane action needs <SourceLocation>');
    if (type === 'ExecuteFunction' && children(a, 'FunctionName').length === 0) problems.add(a, 'an ExecuteFunction action needs <FunctionName>');
    if (type !== 'ShowTaskpane' && type !== 'ExecuteFunction') problems.add(a, `xsi:type must be ShowTaskpane or ExecuteFunction, not "${type}"`);
  }

  for (const iconEl of ownDescendants(vo, 'Icon')) {
    const sizes = children(iconEl, 'Image').map((i) => Number(attr(i, 'size')));
    const missing = REQUIRED_BUTTON_ICON_SIZES.filter((s) => !sizes.includes(s));
    if (missing.length) problems.add(iconEl, `a button icon needs images of size ${REQUIRED_BUTTON_ICON_SIZES.join(', ')}; missing ${missing.join(', ')}`);
  }

  for (const ep of ownDescendants(vo, 'ExtensionPoint')) {
    const type = xsiType(ep);
    const formFactor = formFactorOf(ep);
    if (!COMMAND_SURFACES.has(type) && !OTHER_EXTENSION_POINTS.has(type)) problems.add(ep, `unknown ExtensionPoint xsi:type "${type}"`);
    else if (formFactor === 'MobileFormFactor' && !MOBILE_EXTENSION_POINTS.has(type)) {
      problems.add(
        ep,
        `"${type}" is not a MobileFormFactor extension point (allowed: ${[...MOBILE_EXTENSION_POINTS].join(', ')}); Outlook on a phone has no compose ribbon or task pane button`,
      );
    } else if (formFactor === 'DesktopFormFactor' && type.startsWith('Mobile')) {
      problems.add(ep, `"${type}" belongs in <MobileFormFactor>, not in <DesktopFormFactor>`);
    }
    if (type === 'LaunchEvent') checkLaunchEvent(vo, ep, resources, problems, options);
  }
  if (xsiType(vo) === 'VersionOverridesV1_1') checkWiring(vo, resources, problems, options);
}

function formFactorOf(el: Element): FormFactor | undefined {
  const ff = ancestors(el).find((a) => name(a) === 'DesktopFormFactor' || name(a) === 'MobileFormFactor');
  return ff ? (name(ff) as FormFactor) : undefined;
}

/** The LaunchEvents of one form factor of this VersionOverrides, by Type. */
function launchEventsOf(vo: Element, formFactor: FormFactor): Element[] {
  return ownDescendants(vo, 'LaunchEvent').filter((ev) => formFactorOf(ev) === formFactor && name(ev.parentNode as Element) === 'LaunchEvents');
}

/**
 * What the code does, held against the manifest: every event the code handles is wired, and
 * the notice icons the code names are images of this VersionOverrides.
 */
function checkWiring(vo: Element, resources: Map<ResourceKind, Map<string, Element>>, problems: Problems, options: CheckOptions): void {
  for (const formFactor of ['DesktopFormFactor', 'MobileFormFactor'] as const) {
    const expected = options.handlers?.[formFactor];
    if (!expected) continue;
    const declared = new Set(launchEventsOf(vo, formFactor).map((ev) => attr(ev, 'Type') ?? ''));
    for (const [type, fn] of Object.entries(expected)) {
      if (!declared.has(type))
        problems.add(vo, `the code handles ${type} in ${formFactor} (function ${fn}), but no <LaunchEvent Type="${type}"> there wires it`);
    }
  }
  if (launchEventsOf(vo, 'MobileFormFactor').length > 0) {
    for (const icon of options.noticeIcons ?? []) {
      if (!resources.get('Images')?.has(icon))
        problems.add(vo, `the phone's notice names the icon "${icon}": it must be a <bt:Image id="${icon}"> in this VersionOverrides' <Resources>`);
    }
  }
}

function mailboxMinVersion(vo: Element): string | undefined {
  const req = children(vo, 'Requirements')[0];
  const sets = req ? children(req, 'Sets')[0] : undefined;
  if (!sets) return undefined;
  const mailbox = children(sets, 'Set').find((s) => attr(s, 'Name') === 'Mailbox');
  if (!mailbox) return undefined;
  return attr(mailbox, 'MinVersion') ?? attr(sets, 'DefaultMinVersion');
}

function checkLaunchEvent(vo: Element, ep: Element, resources: Map<ResourceKind, Map<string, Element>>, problems: Problems, options: CheckOptions): void {
  if (xsiType(vo) !== 'VersionOverridesV1_1') {
    problems.add(ep, 'a LaunchEvent extension point belongs in VersionOverridesV1_1');
    return;
  }
  const events = descendants(ep, 'LaunchEvent');
  for (const ev of events) {
    const type = attr(ev, 'Type') ?? '';
    const fn = attr(ev, 'FunctionName') ?? '';
    const sendMode = attr(ev, 'SendMode');
    if (!LAUNCH_EVENT_TYPES.has(type)) problems.add(ev, `unknown event Type "${type}"`);
    if (!JS_IDENTIFIER.test(fn)) problems.add(ev, `FunctionName "${fn}" must name the JavaScript handler (registered with Office.actions.associate)`);
    const formFactor = formFactorOf(ev);
    const handlers = formFactor ? options.handlers?.[formFactor] : undefined;
    if (handlers && LAUNCH_EVENT_TYPES.has(type)) {
      const wanted = handlers[type];
      if (wanted === undefined)
        problems.add(ev, `no handler in the code for ${type} in ${formFactor} (the code handles: ${Object.keys(handlers).join(', ') || 'nothing'})`);
      else if (fn !== wanted) problems.add(ev, `FunctionName "${fn}" is not the name the code associates for ${type}: "${wanted}"`);
    }
    if (formFactor === 'MobileFormFactor' && LAUNCH_EVENT_TYPES.has(type) && !MOBILE_LAUNCH_EVENTS.has(type)) {
      problems.add(
        ev,
        SEND_EVENTS.has(type)
          ? `${type} does not run in Outlook on iOS and Android (Smart Alerts: not applicable); a MobileFormFactor handles ${[...MOBILE_LAUNCH_EVENTS].join(', ')}`
          : `${type} is not an event Outlook on iOS and Android activates add-ins for (supported: ${[...MOBILE_LAUNCH_EVENTS].join(', ')})`,
      );
    }
    if (sendMode !== undefined && !SEND_MODES.has(sendMode)) problems.add(ev, `SendMode must be one of ${[...SEND_MODES].join(', ')}`);
    if (sendMode !== undefined && !SEND_EVENTS.has(type)) problems.add(ev, `SendMode applies only to ${[...SEND_EVENTS].join(' and ')}`);
    if (SEND_EVENTS.has(type)) {
      const min = mailboxMinVersion(vo);
      if (!min || compareVersions(min, SMART_ALERTS_MIN_MAILBOX) < 0) {
        problems.add(
          ep,
          `${type} needs Mailbox ${SMART_ALERTS_MIN_MAILBOX}: this VersionOverrides must require it (<Requirements> with Mailbox ${SMART_ALERTS_MIN_MAILBOX}), so older clients fall back to VersionOverridesV1_0`,
        );
      }
    }
  }

  if (formFactorOf(ep) === 'MobileFormFactor' && events.length > 0) {
    const min = mailboxMinVersion(vo);
    if (!min || compareVersions(min, MOBILE_MIN_MAILBOX) < 0) {
      problems.add(
        ep,
        `a mobile launch event needs its VersionOverridesV1_1 to require Mailbox ${MOBILE_MIN_MAILBOX} or later (<Requirements>), the set VersionOverrides 1.1 belongs to`,
      );
    }
  }

  const sourceResid = children(ep, 'SourceLocation')[0]?.getAttribute('resid') ?? '';
  const host = ancestors(ep).find((a) => name(a) === 'Host');
  const runtimes = host ? children(host, 'Runtimes')[0] : undefined;
  const runtime = runtimes ? children(runtimes, 'Runtime').find((r) => attr(r, 'resid') === sourceResid) : undefined;
  if (!runtime) {
    problems.add(ep, `the event's <SourceLocation resid="${sourceResid}"> must match a <Runtime resid="${sourceResid}"> in this Host's <Runtimes>`);
    return;
  }
  // Phones load the runtime's HTML page; only classic Outlook on Windows needs the JavaScript file.
  if (formFactorOf(ep) === 'MobileFormFactor') return;
  const jsOverride = children(runtime, 'Override').find((o) => attr(o, 'type') === 'javascript');
  if (!jsOverride) {
    problems.add(runtime, 'classic Outlook on Windows loads the handler from <Override type="javascript" resid="..."/> in the <Runtime>; it is missing');
    return;
  }
  const jsUrl = resources.get('Urls')?.get(attr(jsOverride, 'resid') ?? '');
  const jsValue = jsUrl ? (attr(jsUrl, 'DefaultValue') ?? '') : '';
  if (jsUrl && !/\.js$/i.test(new URL(jsValue, 'https://x/').pathname)) {
    problems.add(jsOverride, `the JavaScript runtime must be a .js file, not "${jsValue}"`);
  }
}

/** Strings the user sees must exist in every locale the manifest offers anywhere. */
function checkLocales(root: Element, problems: Problems): void {
  const defaultLocale = (children(root, 'DefaultLocale')[0]?.textContent ?? '').trim();
  const overrides = descendants(root, 'Override').filter((o) => o.hasAttribute('Locale'));
  const locales = new Set(overrides.map((o) => attr(o, 'Locale') ?? ''));
  for (const o of overrides) {
    if (attr(o, 'Locale') === defaultLocale) problems.add(o, `an override for the default locale ${defaultLocale} has no effect`);
    if (!attr(o, 'Value')) problems.add(o, 'an override needs a Value');
  }
  const localisable = [
    ...['DisplayName', 'Description'].flatMap((n) => children(root, n)),
    ...descendants(root, 'String').filter((s) => ['ShortStrings', 'LongStrings'].includes(name(s.parentNode as Element))),
  ];
  for (const el of localisable) {
    const have = new Set(children(el, 'Override').map((o) => attr(o, 'Locale')));
    const missing = [...locales].filter((l) => !have.has(l));
    if (missing.length) problems.add(el, `has no ${missing.join(', ')} override (other strings offer it)`);
  }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function checkUrls(root: Element, options: CheckOptions, problems: Problems): URL | undefined {
  const form = descendants(root, 'FormSettings')[0];
  const source = form ? descendants(form, 'SourceLocation')[0] : undefined;
  const sourceValue = source ? attr(source, 'DefaultValue') : undefined;
  if (!source || !sourceValue) {
    problems.add(
      children(root, 'FormSettings')[0] ?? root,
      'needs <FormSettings><Form><DesktopSettings><SourceLocation DefaultValue="https://..."/>: its folder is the base of every URL',
    );
    return undefined;
  }
  let base: URL;
  try {
    base = new URL('.', sourceValue);
  } catch {
    problems.add(source, `"${sourceValue}" is not a valid URL`);
    return undefined;
  }
  if (options.expectedBase !== undefined && base.href !== options.expectedBase) {
    problems.add(source, `the task pane is at ${base.href}, expected the base ${options.expectedBase}`);
  }

  const check = (el: Element, value: string, what: string): void => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      problems.add(el, `${what} "${value}" is not a valid URL`);
      return;
    }
    if (url.protocol !== 'https:') {
      problems.add(el, `${what} "${value}" must use https (Outlook loads add-ins over HTTPS only)`);
      return;
    }
    if (options.built && LOOPBACK.has(url.hostname)) problems.add(el, `${what} "${value}" points at this machine, not at the hosting address`);
    if (name(el) === 'AppDomain') {
      if (url.origin !== base.origin || (url.pathname !== '/' && url.pathname !== '')) {
        problems.add(el, `AppDomain "${value}" is not the add-in's own origin ${base.origin}: the add-in needs no other domain trusted`);
      }
      return;
    }
    if (!url.href.startsWith(base.href) || url.search || url.hash) {
      problems.add(el, `${what} "${value}" is not under the base ${base.href} (the folder of the task pane's SourceLocation)`);
      return;
    }
    const relative = decodeURIComponent(url.pathname.slice(base.pathname.length));
    const mustExist = options.built || relative.startsWith('assets/');
    if (mustExist && relative && !options.readFile(relative)) problems.add(el, `${what} "${value}": file ${relative} not found`);
  };

  for (const el of [root, ...descendants(root)]) {
    for (let i = 0; i < el.attributes.length; i++) {
      const a = el.attributes.item(i);
      if (!a || a.name === 'xmlns' || a.name.startsWith('xmlns:') || a.namespaceURI === NS_XSI) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(a.value.trim())) check(el, a.value.trim(), `${a.name}`);
    }
    if (children(el).length === 0) {
      const text = (el.textContent ?? '').trim();
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || name(el) === 'AppDomain') check(el, text, 'URL');
    }
  }
  return base;
}

function checkIcons(root: Element, base: URL, options: CheckOptions, problems: Problems): void {
  type Wanted = { el: Element; url: string; size: number };
  const wanted: Wanted[] = [];
  const withOverrides = (el: Element, size: number): void => {
    const value = attr(el, 'DefaultValue');
    if (value) wanted.push({ el, url: value, size });
    for (const o of children(el, 'Override')) {
      const v = attr(o, 'Value');
      if (v) wanted.push({ el: o, url: v, size });
    }
  };
  for (const el of children(root, 'IconUrl')) withOverrides(el, ICON_URL_SIZE);
  for (const el of children(root, 'HighResolutionIconUrl')) withOverrides(el, HIGH_RES_ICON_URL_SIZE);

  for (const vo of descendants(root, 'VersionOverrides')) {
    const res = children(vo, 'Resources')[0];
    const images = res ? children(res, 'Images').flatMap((g) => children(g, 'Image')) : [];
    const uses = ownDescendants(vo, 'Icon').flatMap((i) => children(i, 'Image'));
    for (const image of images) {
      const id = attr(image, 'id') ?? '';
      const sizes = new Set<number>();
      for (const use of uses.filter((u) => attr(u, 'resid') === id)) {
        const size = Number(attr(use, 'size'));
        if (Number.isInteger(size) && size > 0) sizes.add(size);
        else problems.add(use, `size "${attr(use, 'size') ?? ''}" is not a pixel size`);
      }
      const named = /(\d+)x(\d+)/i.exec(id) ?? /[-_.](\d+)$/.exec(id);
      if (named) sizes.add(Number(named[1]));
      if (sizes.size > 1) {
        problems.add(image, `is used as ${[...sizes].sort((a, b) => a - b).join(' and ')} px: one image can have only one size`);
        continue;
      }
      const [size] = [...sizes];
      if (size) withOverrides(image, size);
    }
  }

  for (const { el, url, size } of wanted) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      continue; // checkUrls already said so
    }
    if (!parsed.href.startsWith(base.href)) continue; // checkUrls already said so
    const relative = decodeURIComponent(parsed.pathname.slice(base.pathname.length));
    const bytes = options.readFile(relative);
    if (!bytes) {
      if (!options.built && !relative.startsWith('assets/')) problems.add(el, `icon "${url}": file ${relative} not found`);
      continue; // otherwise checkUrls already said so
    }
    let png: { width: number; height: number };
    try {
      png = PNG.sync.read(Buffer.from(bytes));
    } catch (e) {
      problems.add(el, `icon ${relative} is not a readable PNG (${e instanceof Error ? e.message : String(e)})`);
      continue;
    }
    if (png.width !== size || png.height !== size) {
      problems.add(el, `icon ${relative} is ${png.width}x${png.height} px, expected ${size}x${size} px`);
    }
  }
}

const SCRIPT_SRC = /<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/**
 * A release: the page each launch event runs in must load its handler from the base. Every
 * script the page names by a relative URL must be a file there (the page is the one phones,
 * Outlook on the web and new Outlook open; a missing mobile.js would leave a phone silent), and at
 * least one script must be ours. office.js comes from Microsoft's CDN by an absolute URL.
 */
function checkRuntimePages(root: Element, base: URL, options: CheckOptions, problems: Problems): void {
  for (const vo of descendants(root, 'VersionOverrides')) {
    const urls = new Map<string, string>();
    const res = children(vo, 'Resources')[0];
    for (const u of res ? children(res, 'Urls').flatMap((g) => children(g, 'Url')) : []) urls.set(attr(u, 'id') ?? '', attr(u, 'DefaultValue') ?? '');
    for (const runtime of ownDescendants(vo, 'Runtime')) {
      const pageUrl = urls.get(attr(runtime, 'resid') ?? '');
      if (!pageUrl || !pageUrl.startsWith(base.href)) continue; // checkUrls already said so
      const relative = decodeURIComponent(new URL(pageUrl).pathname.slice(base.pathname.length));
      const bytes = options.readFile(relative);
      if (!bytes) continue; // checkUrls already said so
      const html = Buffer.from(bytes).toString('utf8');
      let ours = 0;
      for (const m of html.matchAll(SCRIPT_SRC)) {
        const src = (m[1] ?? m[2] ?? m[3] ?? '').trim();
        const url = new URL(src, pageUrl);
        if (/^[a-z][a-z0-9+.-]*:/i.test(src) && !url.href.startsWith(base.href)) continue; // another origin, e.g. office.js
        if (!url.href.startsWith(base.href) || url.search || url.hash) {
          problems.add(runtime, `the runtime page ${relative} loads "${src}", which is not under the base ${base.href}`);
          continue;
        }
        const file = decodeURIComponent(url.pathname.slice(base.pathname.length));
        if (!options.readFile(file)) problems.add(runtime, `the runtime page ${relative} loads ${file}, which is not there`);
        ours++;
      }
      if (ours === 0) problems.add(runtime, `the runtime page ${relative} loads no script from ${base.href}: no launch-event handler would run`);
    }
  }
}
