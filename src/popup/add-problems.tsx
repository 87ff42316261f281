// What was wrong with the files chosen in Library → "Add from files…", under that button:
// each problem in words, that nothing was added, and (for files read as Windows-1252) the
// encoding guessed. An alert: a reader who chose the file hears why at once, where the
// status line under the panel would say only that something went wrong.
import type { JSX } from 'preact';

export interface AddProblems {
  problems: string[];
  /** The encoding notice for files read as Windows-1252 (encodingNotice), if any. */
  guessed?: string;
}

/** Problems shown before "…and N more". */
const SHOWN = 8;

/** Goes with the next file chosen or page saved. */
export function AddProblemsNote({ refused }: { refused: AddProblems }): JSX.Element {
  const { problems, guessed } = refused;
  const shown = problems.slice(0, SHOWN);
  const one = problems.length === 1;
  return (
    <div class="errors" role="alert" data-add-problems>
      <p>
        <strong>Nothing was added; your library is as it was.</strong> {one ? 'The file has this problem:' : 'The files have these problems:'}
      </p>
      <ul>
        {shown.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
        {problems.length > SHOWN && <li>…and {problems.length - SHOWN} more problems.</li>}
      </ul>
      {guessed && <p>{guessed}</p>}
    </div>
  );
}
