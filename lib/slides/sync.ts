/**
 * Messages that keep the deck windows of one lesson in step over a
 * `BroadcastChannel` (same browser, same origin). Every window announces
 * the slides it moves to, and every other window follows. A window opened
 * later requests the current slide, and only presenter windows reply, so
 * an audience window follows the presenter rather than another audience.
 */

export type DeckRole = "audience" | "presenter";

// TODO: mirror quiz answers between deck windows; only slide changes and live runs are synced.
export type SyncMessage =
  | { type: "slide"; sender: string; role: DeckRole; slide: number }
  | { type: "sync_request"; sender: string }
  /** A live pipeline run started on a slide; the same component in other windows runs too. */
  | { type: "live_run"; sender: string; slide: number; example: string; pipeline: string };

/**
 * Names the channel of one lesson in one language. English lessons may be
 * shorter summaries with fewer slides, so only windows in the same language
 * follow each other.
 */
export function deckChannelName(lesson: string, locale: string): string {
  return `deploy-lab.slides.${lesson}.${locale}`;
}

function isSlideIndex(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

/**
 * Returns the message if `data` is a well-formed one, else null. Another
 * version of the app in another tab may send other shapes.
 */
export function parseSyncMessage(data: unknown): SyncMessage | null {
  if (typeof data !== "object" || data === null) return null;
  const message = data as Record<string, unknown>;
  if (typeof message.sender !== "string" || message.sender === "") return null;

  switch (message.type) {
    case "slide":
      if (!isSlideIndex(message.slide) || (message.role !== "audience" && message.role !== "presenter")) return null;
      return { type: "slide", sender: message.sender, role: message.role, slide: message.slide };
    case "sync_request":
      return { type: "sync_request", sender: message.sender };
    case "live_run":
      if (!isSlideIndex(message.slide) || typeof message.example !== "string" || typeof message.pipeline !== "string") return null;
      return { type: "live_run", sender: message.sender, slide: message.slide, example: message.example, pipeline: message.pipeline };
    default:
      return null;
  }
}

export interface DeckWindow {
  sender: string;
  role: DeckRole;
  slide: number;
}

export interface SyncReaction {
  /** The slide to show, or null to stay. */
  goTo: number | null;
  /** A message to post back, or null. */
  reply: SyncMessage | null;
}

/** Decides how a deck window reacts to a message from another window. */
export function reactToMessage(self: DeckWindow, message: SyncMessage): SyncReaction {
  if (message.sender === self.sender) return { goTo: null, reply: null };

  if (message.type === "slide") return { goTo: message.slide === self.slide ? null : message.slide, reply: null };
  if (message.type === "sync_request" && self.role === "presenter") {
    return { goTo: null, reply: { type: "slide", sender: self.sender, role: self.role, slide: self.slide } };
  }
  return { goTo: null, reply: null };
}
