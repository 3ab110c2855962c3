// One line per event, timestamped, for journald or a terminal; operators read Vietnamese.
export function log(message: string): void {
  console.log(`[dựng lại ${new Date().toISOString()}] ${message}`);
}

export function logError(message: string): void {
  console.error(`[dựng lại ${new Date().toISOString()}] LỖI: ${message}`);
}
