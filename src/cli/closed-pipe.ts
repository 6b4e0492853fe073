/**
 * A reader who pipes a command into `head` closes its output early. Node then
 * throws EPIPE from a stream event with a stack trace; a command-line tool
 * instead stops quietly, as `cat` does.
 */
export function stopQuietlyWhenOutputCloses(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}
