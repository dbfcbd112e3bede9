// Requirement-set detection: comments and tracked changes need WordApi 1.4, typed controls 1.5; failures mean no.
import { detectRequirements } from './requirements';

describe('detectRequirements', () => {
  it('maps the supported WordApi versions to features', () => {
    const upTo = (max: number) => ({ isSetSupported: (_: string, v = '1.1') => Number(v) <= max });
    expect(detectRequirements(upTo(1.3))).toEqual({ comments: false, trackedChanges: false, typedControls: false });
    expect(detectRequirements(upTo(1.4))).toEqual({ comments: true, trackedChanges: true, typedControls: false });
    expect(detectRequirements(upTo(1.5))).toEqual({ comments: true, trackedChanges: true, typedControls: true });
  });

  it('supports nothing extra when office.js cannot answer', () => {
    const failing = {
      isSetSupported: () => {
        throw new Error('not ready');
      },
    };
    expect(detectRequirements(failing)).toEqual({ comments: false, trackedChanges: false, typedControls: false });
    expect(detectRequirements(undefined)).toEqual({ comments: false, trackedChanges: false, typedControls: false });
  });
});
