// Which Word API requirement sets the host supports, asked once at start-up; missing ones degrade features.

/** The part of office.js read here. */
export interface RequirementsLike {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface WordRequirements {
  /** WordApi 1.4: comments and `changeTrackingMode`. */
  comments: boolean;
  trackedChanges: boolean;
  /** WordApi 1.5: content controls created with an explicit type (rich text, plain text). */
  typedControls: boolean;
}

/** Asks office.js; a host that cannot answer supports nothing beyond the basics. */
export function detectRequirements(requirements: RequirementsLike | undefined): WordRequirements {
  const has = (version: string) => {
    try {
      return requirements?.isSetSupported('WordApi', version) === true;
    } catch {
      return false;
    }
  };
  const v14 = has('1.4');
  return { comments: v14, trackedChanges: v14, typedControls: has('1.5') };
}
