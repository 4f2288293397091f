// What the worker reads when something goes wrong: plain Dutch, saying what happened to the
// recording and what to do. The technical cause stays on the error (cause) for the log.

export const Messages = Object.freeze({
  alreadyStarted: 'Deze opname is al gestart.',
  notStarted: 'Deze opname is nog niet gestart.',
  unreachable: 'De WhaiNot-box is niet bereikbaar. Controleer de netwerkverbinding en probeer opnieuw.',
  signedOut: 'U bent niet (meer) aangemeld bij de WhaiNot-box. Meld u opnieuw aan.',
  connectionLost: 'De verbinding met de WhaiNot-box is weggevallen. De opname loopt door en wordt op deze pc bewaard tot de verbinding terug is.',
  uploadFailed: 'De WhaiNot-box kon de audio niet verwerken. Er wordt opnieuw geprobeerd; de audio blijft op deze pc bewaard.',
  uploadGaveUp: 'De WhaiNot-box blijft de audio weigeren. De opname is gestopt; wat niet bevestigd is, blijft op deze pc bewaard.',
  localStoreFailed: 'De audio kan niet op deze pc bewaard worden (opslag vol of geweigerd). De opname is gestopt.',
  serverAhead: 'De WhaiNot-box heeft voor dit gesprek al audio die deze pc niet kent (opname op een andere pc of in een ander venster?). De opname is gestopt om niets te overschrijven.',
  stoppedByServer: 'De WhaiNot-box heeft de opname gestopt.',
  microphoneDenied: 'De browser mag de microfoon niet gebruiken. Geef toestemming voor de microfoon en probeer opnieuw.',
  microphoneMissing: 'Er is geen microfoon gevonden. Sluit een microfoon of headset aan en probeer opnieuw.',
  microphoneBusy: 'De microfoon werkt niet of is in gebruik door een ander programma.',
  microphoneInsecure: 'De microfoon werkt alleen via een beveiligde verbinding (https) met de WhaiNot-box.',
  unacknowledged: (count) =>
    `${count} ${count === 1 ? 'stuk' : 'stukken'} audio ${count === 1 ? 'werd' : 'werden'} nog niet bevestigd door de WhaiNot-box. ` +
    'Ze blijven op deze pc bewaard en worden verstuurd bij de volgende start van dit gesprek.',
});

/** An error meant for the worker: message in Dutch, the technical cause attached. */
export class CaptureError extends Error {
  /**
   * @param {string} message Dutch, for the person
   * @param {{ cause?: unknown, fatal?: boolean }} [options]
   */
  constructor(message, { cause, fatal = true } = {}) {
    super(message, { cause });
    this.name = 'CaptureError';
    this.fatal = fatal;
  }
}

// The server wraps a HubException as "An unexpected error occurred invoking 'X' on the server.
// HubException: <message>"; the message after it is the box's own Dutch text.
const HUB_EXCEPTION = /HubException: ([\s\S]+)$/;

/** @returns {string | null} the box's own message when the hub refused on purpose */
export function refusalOf(error) {
  const match = HUB_EXCEPTION.exec(error?.message ?? '');
  return match ? match[1].trim() : null;
}

/** A Dutch message for a failure to connect or to join. */
export function connectionMessageOf(error) {
  const refusal = refusalOf(error);
  if (refusal) {
    return refusal;
  }
  if (error?.statusCode === 401 || error?.statusCode === 403) {
    return Messages.signedOut;
  }
  return Messages.unreachable;
}

/** A Dutch message for a getUserMedia failure. */
export function microphoneMessageOf(error) {
  switch (error?.name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return Messages.microphoneDenied;
    case 'NotFoundError':
    case 'OverconstrainedError':
      return Messages.microphoneMissing;
    default:
      return Messages.microphoneBusy;
  }
}
