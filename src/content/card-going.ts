// The cards on their way off the page that card-host.ts still hears: the one on screen when
// another was opened (it stays until its successor shows, so stepping from term to term never
// shows an empty frame), and those taken away while holding the focus, which stay (hidden)
// for a moment: the browser may deliver a key to one before the focus has moved on (Escape
// pressed just after J inside a card), and that key is the reader's, not lost.
import { removeCardHost, type CardFace } from './card-element';
import { stepMessage, type CardMessage } from './card-messages';

export interface Card {
  face: CardFace;
  nonce: string;
}

export class GoingCards {
  /** The card on screen when another was opened. It still takes keys and keeps its size. */
  private leaving: Card | null = null;
  /** Cards taken away while holding the focus, still on the page: they take only keys. */
  private lingering: Card[] = [];

  /** `card` stays on screen until drop(); one left before it goes now. */
  leave(card: Card): void {
    this.drop();
    this.leaving = card;
  }

  /** The leaving card goes; `returnTo` as for takeAway(), none when the focus goes on to the
   *  card replacing it. */
  drop(returnTo: HTMLElement | null = null): void {
    if (this.leaving) this.takeAway(this.leaving, returnTo);
    this.leaving = null;
  }

  /** Takes `card` off the page (removeCardHost: `returnTo` is where the focus goes if it
   *  holds it); one that lingers is still heard until it is gone. */
  takeAway(card: Card, returnTo: HTMLElement | null): void {
    if (removeCardHost(card.face.host, returnTo)) this.stillLingering().push(card);
    card.face.dispose();
  }

  /** The faces of the leaving and lingering cards (a sandboxed card is known by its window). */
  faces(): (CardFace | undefined)[] {
    return [this.leaving?.face, ...this.stillLingering().map((c) => c.face)];
  }

  /** Whether `msg` is from one of these and counts: all the leaving card says, but only a
   *  lingering one's keys (its size is no one's now). */
  hears(msg: CardMessage): boolean {
    if (this.stillLingering().some((c) => c.nonce === msg.nonce)) return msg.type === 'close' || stepMessage(msg).step !== 0;
    return msg.nonce === this.leaving?.nonce;
  }

  /** The lingering cards still on the page; those gone (each on its timer) are forgotten. */
  private stillLingering(): Card[] {
    return (this.lingering = this.lingering.filter((c) => c.face.host.isConnected));
  }
}
