/** The embedded data file is held by another process (Grafeo locks it while open). */
export class DataFileLocked extends Error {
  constructor(readonly path: string, options?: { cause?: unknown }) {
    super(`the data file ${path} is locked by another kg process (is \`kg serve\` running?)`, options);
    this.name = 'DataFileLocked';
  }
}
