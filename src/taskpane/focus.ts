// Moving focus to the next thing to do: after an action, and from the checklists' links. A task
// pane is a long page; without this, focus drops to its top and the keyboard user starts over.

const FOCUSABLE = 'input:not([disabled]), button:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href]';

/** Focuses the element with this data-testid, scrolled into view; false when it is not there. */
export function focusTestId(testId: string): boolean {
  const target = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  if (!target) return false;
  target.scrollIntoView({ block: 'center' });
  target.focus();
  return true;
}

/** Focuses the first control of a step (its section, data-testid step-<id>). */
export function focusStep(id: string): boolean {
  const target = document.querySelector<HTMLElement>(`[data-testid="step-${id}"]`)?.querySelector<HTMLElement>(FOCUSABLE);
  if (!target) return false;
  target.scrollIntoView({ block: 'center' });
  target.focus();
  return true;
}

/** Focuses a step's heading (read out as "6. Wachtwoord doorgeven"): where the next thing to do starts. */
export function focusHeading(id: string): boolean {
  const heading = document.getElementById(`${id}-title`);
  if (!heading) return false;
  // Focusable from script only: a heading is no stop in the tab order.
  heading.tabIndex = -1;
  heading.scrollIntoView({ block: 'start' });
  heading.focus();
  return true;
}
