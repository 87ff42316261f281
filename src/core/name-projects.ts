// "Project Veritas published a video", "Project Drawdown said": a name opened by "Project" is
// an undertaking's or a group's, never a person's ("Project" is no given name), where two
// unknown capitalised words otherwise read as a given name and a surname. Used by
// mention-types.ts.

/** Whether a name of two or three words opens with "Project" ("Project Veritas"). */
export const isProjectName = (words: readonly string[]): boolean =>
  words.length > 1 && words.length <= 3 && words[0] === 'Project';
