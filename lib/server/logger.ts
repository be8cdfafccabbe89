// One line per event on stdout/stderr, as JSON so that log collectors can parse it.
type Level = "info" | "warn" | "error";

function write(level: Level, message: string, detail?: unknown) {
  const entry: Record<string, unknown> = { time: new Date().toISOString(), level, message };
  if (detail instanceof Error)
    entry.error = { name: detail.name, message: detail.message, stack: detail.stack };
  else if (detail !== undefined) entry.detail = detail;
  (level === "info" ? console.log : console.error)(JSON.stringify(entry));
}

export const logger = {
  info: (message: string, detail?: unknown) => write("info", message, detail),
  warn: (message: string, detail?: unknown) => write("warn", message, detail),
  error: (message: string, detail?: unknown) => write("error", message, detail),
};
