import type { BriefKind } from './engine/brief';

/**
 * What brieflint's server answers beyond the Language Server Protocol. The VS Code client's status bar asks it for
 * the active brief; any other client may ask too. Types only: the client bundles nothing from the server.
 */
export const BRIEF_STATUS_METHOD = 'brieflint/briefStatus';

export interface BriefStatusParams {
  uri: string;
}

export interface BriefStatus {
  kind: BriefKind;
  /** Where the kind was read from. */
  kindFrom: 'front matter' | 'title' | 'none';
  title?: string;
  /** For a reply: the motion it is compared with, or why none was found and how to link one. */
  motion?: { found: true; uri: string; name: string; via: 'front matter' | 'case number' } | { found: false; reason: string; howToLink: string };
}

/** The settings under `brieflint` in the editor (and `initializationOptions` for clients without configuration). */
export interface BrieflintSettings {
  rules?: Record<string, string>;
  argumentHeadings?: string[];
  /** Milliseconds after the last change before pushed diagnostics are sent. */
  debounceMs?: number;
  /** Client-side only: the language ids the VS Code client lints. */
  languages?: string[];
}
