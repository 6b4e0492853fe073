/**
 * The card heeds the reader, not the page. A page's scripts can dispatch any
 * event at the card, or at the figures it listens to, and reach into its shadow
 * root to `click()` its buttons; such events are not trusted. Only events the
 * browser raised for the reader's own pointer and keys are (a click that the
 * keyboard makes on a focused button is one of them).
 */
export function byReader<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
